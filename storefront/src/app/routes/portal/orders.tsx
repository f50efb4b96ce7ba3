import { createLazyRoute, Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { OrderList } from "../../../features/portal/components/order-list"
import { PortalError } from "../../../features/portal/components/portal-error"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { PortalPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/staff/pesanan")({
  component: OrdersRoute,
  errorComponent: PortalError,
})

function OrdersRoute() {
  const { t } = useTranslation()
  usePortalTitle(t("portal.orders.title"))
  const { page } = Route.useSearch()
  return (
    <>
      <PortalPageHeader title={t("portal.orders.title")} />
      <OrderList
        page={page ?? 1}
        pageLink={(target, label, rel) => (
          <Link
            to="/portal/pesanan"
            search={{ page: target > 1 ? target : undefined }}
            className="button button--ghost"
            rel={rel}
          >
            {label}
          </Link>
        )}
      />
    </>
  )
}

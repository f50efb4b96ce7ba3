import { createLazyRoute, Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { usePortalOrder } from "../../../features/portal/api/get-order"
import { OrderDetail } from "../../../features/portal/components/order-detail"
import { PortalError } from "../../../features/portal/components/portal-error"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"

export const Route = createLazyRoute("/portal/staff/pesanan/$id")({
  component: OrderRoute,
  errorComponent: PortalError,
})

function OrderRoute() {
  const { t } = useTranslation()
  const { id } = Route.useParams()
  const { data: order } = usePortalOrder(id)
  usePortalTitle(t("portal.order.title", { id: order.display_id }))
  return (
    <>
      <Link to="/portal/pesanan" className="back-link">
        <span aria-hidden="true">←</span> {t("portal.order.back")}
      </Link>
      <OrderDetail id={id} />
    </>
  )
}

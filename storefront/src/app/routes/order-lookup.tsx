// /lacak-pesanan: find an order by email and order number; loaded on first visit.
import "../../features/orders/i18n"
import "../../features/orders/orders.css"
import { createLazyRoute } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { OrderLookupView } from "../../features/orders/components/order-lookup-view"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/lacak-pesanan")({
  component: OrderLookupRoute,
})

function OrderLookupRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("orders.lookup.title"), t("orders.lookup.description"))
  return (
    <div className="container order-page">
      <h1 className="order-page__title">{t("orders.lookup.heading")}</h1>
      <p className="order-page__lead">{t("orders.lookup.intro")}</p>
      <OrderLookupView />
    </div>
  )
}

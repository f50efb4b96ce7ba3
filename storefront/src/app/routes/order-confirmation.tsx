// /pesanan/$id: the confirmation of an order just placed, with how to pay it; loaded on first visit.
import "../../features/orders/i18n"
import "../../features/orders/orders.css"
import { createLazyRoute, getRouteApi } from "@tanstack/react-router"
import { OrderConfirmationView } from "../../features/orders/components/order-confirmation-view"

export const Route = createLazyRoute("/pesanan/$id")({
  component: OrderConfirmationRoute,
})

const route = getRouteApi("/pesanan/$id")

function OrderConfirmationRoute() {
  const { id } = route.useParams()
  return (
    <div className="container order-page">
      <OrderConfirmationView orderId={id} />
    </div>
  )
}

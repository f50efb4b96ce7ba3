import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { ConfirmTransfer, StoreOrderLookup } from "./validators"

// Portal routes are authenticated and scoped by the facilities plugin's middleware on /portal/facility/*; admin
// routes by Medusa's own on /admin/*.
export default defineMiddlewares({
  routes: [
    { matcher: "/store/orders/lookup", methods: ["POST"], middlewares: [validateAndTransformBody(StoreOrderLookup)] },
    { matcher: "/portal/facility/orders/:id/confirm-transfer", methods: ["POST"], middlewares: [validateAndTransformBody(ConfirmTransfer)] },
    { matcher: "/admin/transfers/:order_id/confirm", methods: ["POST"], middlewares: [validateAndTransformBody(ConfirmTransfer)] },
  ],
})

import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { AdminCreateMotif, ListMotifs, PortalCreateMotif, SetProductMotifs, UpdateMotif } from "./validators"

/** `fields=*motifs` on Medusa's store product routes; a wildcard matcher runs before Medusa's query validation. */
function allowMotifsField(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed?.push("motifs")
  next()
}

export default defineMiddlewares({
  routes: [
    { matcher: "/store/products*", methods: ["GET"], middlewares: [allowMotifsField] },
    { matcher: "/store/motifs", methods: ["GET"], middlewares: [validateAndTransformQuery(ListMotifs, {})] },
    { matcher: "/admin/motifs", methods: ["GET"], middlewares: [validateAndTransformQuery(ListMotifs, {})] },
    { matcher: "/admin/motifs", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateMotif)] },
    { matcher: "/admin/motifs/:id", methods: ["POST"], middlewares: [validateAndTransformBody(UpdateMotif)] },
    { matcher: "/portal/facility/motifs", methods: ["POST"], middlewares: [validateAndTransformBody(PortalCreateMotif)] },
    { matcher: "/portal/facility/motifs/:id", methods: ["POST"], middlewares: [validateAndTransformBody(UpdateMotif)] },
    { matcher: "/portal/facility/products/:id/motifs", methods: ["POST"], middlewares: [validateAndTransformBody(SetProductMotifs)] },
  ],
})

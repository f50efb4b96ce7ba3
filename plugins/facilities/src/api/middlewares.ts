import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import { AdminCreateFacility, AdminCreateStaff, AdminListQuery, AdminUpdateFacility } from "./admin/facilities/validators"
import { loadStaff } from "./portal/facility/context"
import { AccessLogQuery } from "../lib/access-log"
import {
  PortalCreateFulfillment,
  PortalCreateParticipant,
  PortalGiveConsent,
  PortalListQuery,
  PortalSetMakers,
  PortalSetStatus,
  PortalUpdateParticipant,
  PortalUpdateProduct,
  PortalCreateProduct,
  PortalUploadFiles,
} from "./portal/facility/validators"

/** Medusa applies CORS to /store, /admin and /auth; the portal is called from the storefront's origin too. */
function portalCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const origin = req.headers.origin
  if (origin) {
    const allowed = parseCorsOrigins(config.projectConfig.http.storeCors ?? "")
    if (allowed.some((o) => (o instanceof RegExp ? o.test(origin) : o === origin))) {
      res.setHeader("Access-Control-Allow-Origin", origin)
      res.setHeader("Access-Control-Allow-Credentials", "true")
      res.setHeader("Access-Control-Allow-Headers", "authorization,content-type,x-publishable-api-key,x-medusa-locale")
      res.setHeader("Access-Control-Allow-Methods", "GET,POST,DELETE,OPTIONS")
      res.setHeader("Access-Control-Max-Age", "600")
    }
    res.setHeader("Vary", "Origin")
  }
  if (req.method === "OPTIONS") return res.status(204).end()
  next()
}

/** Lets store product routes return the linked facility (`fields=*facility`); its fields are all public. It must run
 * before Medusa's own query validation, which consumes `req.allowed`: a wildcard matcher is sorted ahead of the core
 * route's static one, a plain "/store/products" matcher runs after it (measured on 2.21.2). */
function allowFacilityField(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed?.push("facility")
  next()
}

const staffOnly = [authenticate("facility_staff", ["bearer", "session"]), loadStaff]
const body = validateAndTransformBody
const list = validateAndTransformQuery(PortalListQuery, {})

export default defineMiddlewares({
  routes: [
    { matcher: "/store/products*", methods: ["GET"], middlewares: [allowFacilityField] },

    { matcher: "/portal/*", middlewares: [portalCors] },
    { matcher: "/portal/facility/*", middlewares: staffOnly },
    { matcher: "/portal/facility/products", methods: ["GET"], middlewares: [list] },
    { matcher: "/portal/facility/products", methods: ["POST"], middlewares: [body(PortalCreateProduct)] },
    { matcher: "/portal/facility/products/:id", methods: ["POST"], middlewares: [body(PortalUpdateProduct)] },
    { matcher: "/portal/facility/products/:id/makers", methods: ["POST"], middlewares: [body(PortalSetMakers)] },
    {
      matcher: "/portal/facility/uploads",
      methods: ["POST"],
      bodyParser: { sizeLimit: "45mb" },
      middlewares: [body(PortalUploadFiles)],
    },
    { matcher: "/portal/facility/participants", methods: ["GET"], middlewares: [list] },
    { matcher: "/portal/facility/participants/access-log", methods: ["GET"], middlewares: [validateAndTransformQuery(AccessLogQuery, {})] },
    { matcher: "/portal/facility/participants", methods: ["POST"], middlewares: [body(PortalCreateParticipant)] },
    { matcher: "/portal/facility/participants/:id", methods: ["POST"], middlewares: [body(PortalUpdateParticipant)] },
    { matcher: "/portal/facility/participants/:id/consent", methods: ["POST"], middlewares: [body(PortalGiveConsent)] },
    { matcher: "/portal/facility/participants/:id/status", methods: ["POST"], middlewares: [body(PortalSetStatus)] },
    { matcher: "/portal/facility/orders", methods: ["GET"], middlewares: [list] },
    { matcher: "/portal/facility/orders/:id/fulfillments", methods: ["POST"], middlewares: [body(PortalCreateFulfillment)] },

    { matcher: "/admin/facilities", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListQuery, {})] },
    { matcher: "/admin/participants/access-log", methods: ["GET"], middlewares: [validateAndTransformQuery(AccessLogQuery, {})] },
    { matcher: "/admin/facilities", methods: ["POST"], middlewares: [body(AdminCreateFacility)] },
    { matcher: "/admin/facilities/:id", methods: ["POST"], middlewares: [body(AdminUpdateFacility)] },
    { matcher: "/admin/facilities/:id/staff", methods: ["POST"], middlewares: [body(AdminCreateStaff)] },
  ],
})

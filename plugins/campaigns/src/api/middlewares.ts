import { authenticate, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { loadCsrStaff } from "./portal/csr/context"
import {
  AdminCreateCsrStaff,
  AdminCreateProgram,
  AdminUpdateCsrStaff,
  AdminUpdateProgram,
  PortalCreateExpo,
  PortalSetExpoProducts,
  PortalUpdateExpo,
} from "./validators"

// Medusa authenticates /admin/* (operators) itself. CORS for /portal/* (the storefront's origin) is set by the facilities plugin's middleware on "/portal/*".
const csrOnly = [authenticate("csr_staff", ["bearer", "session"]), loadCsrStaff]
const body = validateAndTransformBody

export default defineMiddlewares({
  routes: [
    { matcher: "/portal/csr/*", middlewares: csrOnly },
    { matcher: "/portal/csr/expos", methods: ["POST"], middlewares: [body(PortalCreateExpo as never)] },
    { matcher: "/portal/csr/expos/:id", methods: ["POST"], middlewares: [body(PortalUpdateExpo)] },
    { matcher: "/portal/csr/expos/:id/products", methods: ["POST"], middlewares: [body(PortalSetExpoProducts)] },

    { matcher: "/admin/campaigns/programs", methods: ["POST"], middlewares: [body(AdminCreateProgram)] },
    { matcher: "/admin/campaigns/programs/:id", methods: ["POST"], middlewares: [body(AdminUpdateProgram)] },
    { matcher: "/admin/campaigns/csr-staff", methods: ["POST"], middlewares: [body(AdminCreateCsrStaff)] },
    { matcher: "/admin/campaigns/csr-staff/:id", methods: ["POST"], middlewares: [body(AdminUpdateCsrStaff)] },
  ],
})

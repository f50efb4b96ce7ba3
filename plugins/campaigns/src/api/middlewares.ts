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
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { ProgramReportQuery } from "./portal/csr/programs/[id]/report/validators"
import { PortalCreateBoothOrder, PortalListExpoOrders } from "./portal/csr/expos/[id]/orders/validators"
import { ExpoTagSheetQuery } from "./portal/csr/expos/[id]/documents/validators"

// Medusa authenticates /admin/* (operators) itself. CORS for /portal/* (the storefront's origin) is set by the facilities plugin's middleware on "/portal/*".
const csrOnly = [authenticate("csr_staff", ["bearer", "session"]), loadCsrStaff]
const body = validateAndTransformBody

export default defineMiddlewares({
  routes: [
    { matcher: "/portal/csr/*", middlewares: csrOnly },
    { matcher: "/portal/csr/expos", methods: ["POST"], middlewares: [body(PortalCreateExpo as never)] },
    { matcher: "/portal/csr/expos/:id", methods: ["POST"], middlewares: [body(PortalUpdateExpo)] },
    { matcher: "/portal/csr/expos/:id/products", methods: ["POST"], middlewares: [body(PortalSetExpoProducts)] },
    // booth sales: the sale's body, the attributed orders' page
    { matcher: "/portal/csr/expos/:id/orders", methods: ["POST"], middlewares: [body(PortalCreateBoothOrder)] },
    { matcher: "/portal/csr/expos/:id/orders", methods: ["GET"], middlewares: [validateAndTransformQuery(PortalListExpoOrders, {})] },

    { matcher: "/admin/campaigns/programs", methods: ["POST"], middlewares: [body(AdminCreateProgram)] },
    { matcher: "/admin/campaigns/programs/:id", methods: ["POST"], middlewares: [body(AdminUpdateProgram)] },
    { matcher: "/admin/campaigns/csr-staff", methods: ["POST"], middlewares: [body(AdminCreateCsrStaff)] },
    { matcher: "/admin/campaigns/csr-staff/:id", methods: ["POST"], middlewares: [body(AdminUpdateCsrStaff)] },

    // reports: the program report's period and format (the expo dashboard takes no query)
    { matcher: "/portal/csr/programs/:id/report", methods: ["GET"], middlewares: [validateAndTransformQuery(ProgramReportQuery, {})] },
    { matcher: "/admin/campaigns/programs/:id/report", methods: ["GET"], middlewares: [validateAndTransformQuery(ProgramReportQuery, {})] },

    // expo documents: the tag sheet's number of copies (the catalogue takes no query)
    { matcher: "/portal/csr/expos/:id/documents/tags", methods: ["GET"], middlewares: [validateAndTransformQuery(ExpoTagSheetQuery, {})] },
    { matcher: "/admin/campaigns/expos/:id/documents/tags", methods: ["GET"], middlewares: [validateAndTransformQuery(ExpoTagSheetQuery, {})] },
  ],
})

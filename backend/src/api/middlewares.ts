import {
  defineMiddlewares,
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadDir } from "../lib/upload-dir"
import { guardStoreQuery, refuseNul, requireStoreCart } from "./store-input-guards"
import { rateLimit } from "./rate-limit"
import { securityHeaders } from "./security-headers"
import { serializeBoothSaleByStock, serializeCheckoutByStock } from "./checkout-stock-lock"
import { clearStoreCacheOnWrite, storeCache } from "./store-cache"
import { productIdFromHandle } from "./product-handle"

/** Serves uploaded files from the upload directory at /static, where the local file provider's URLs point. Medusa's
 * own /static handler only looks in the working directory, which is the build output in production. */
function serveUploads(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  let name: string
  try {
    name = decodeURIComponent(req.path.replace(/^\/static\//, ""))
  } catch {
    return next() // a malformed escape is simply not a file we have
  }
  if (!name || name.includes("/") || name.includes("\\") || name.startsWith(".")) return next()
  // `root` keeps the dotfile rule to the file name: the default upload directory is under `.data/`
  res.sendFile(name, { root: uploadDir(), maxAge: "7d", dotfiles: "deny" }, (err) => {
    if (err) next()
  })
}

const medusaErrorHandler = errorHandler()

/** Medusa answers every CONFLICT with a fixed message about idempotency keys. Ours name the field that conflicts
 * ("registration_number: 000450101 is already recorded…"), so they keep their message; all else is Medusa's. */
function keepFieldConflicts(err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // workflow errors arrive re-created, not as MedusaError instances: read their type and message
  const { type, message } = (err ?? {}) as { type?: string; message?: string }
  if (type === MedusaError.Types.CONFLICT && message && /^[a-z_]+: /.test(message)) {
    res.status(409).json({ type, message })
    return
  }
  // Express refuses a path with a malformed escape (`/store/carts/%E0%A4%A`) with a URIError Medusa answers as a 500
  if (err instanceof URIError && (err as { status?: number }).status === 400) {
    res.status(400).json({ type: MedusaError.Types.INVALID_DATA, message: "path: malformed percent-encoding" })
    return
  }
  return medusaErrorHandler(err as never, req, res, next)
}

export default defineMiddlewares({
  errorHandler: keepFieldConflicts,
  routes: [
    // security headers first: a wildcard matcher runs ahead of the static ones below (see README.md, "Security")
    ...["/store*", "/admin*", "/auth*", "/portal*", "/static*", "/hooks*"].map((matcher) => ({ matcher, middlewares: [securityHeaders] })),
    { matcher: "/static/*", methods: ["GET", "HEAD"], middlewares: [serveUploads] },
    // bad input Medusa's own store routes answer with a 500, and page sizes above 100 (see store-input-guards.ts)
    ...["/store*", "/admin*", "/portal*", "/hooks*"].map((matcher) => ({ matcher, middlewares: [refuseNul] })),
    { matcher: "/store*", middlewares: [guardStoreQuery] },
    // the public catalogue's answers from the cache (after the guards: a refused request never reaches it)
    // then, on a miss, a product page's handle narrowed to its id (Medusa's channel filter is slow on a big catalogue)
    { matcher: "/store*", methods: ["GET"], middlewares: [storeCache, productIdFromHandle] },
    ...["/admin*", "/portal*"].map((matcher) => ({ matcher, methods: ["POST", "PUT", "PATCH", "DELETE"] as const, middlewares: [clearStoreCacheOnWrite] })),
    { matcher: "/store/carts/:id/line-items/:line_id", methods: ["DELETE"], middlewares: [requireStoreCart] },
    // sign-in guessing: every actor's email/password sign-in, register and reset request, and the guest order lookup
    { matcher: "/auth/:actor_type/emailpass", methods: ["POST"], middlewares: [rateLimit("sign-in")] },
    { matcher: "/auth/:actor_type/emailpass/register", methods: ["POST"], middlewares: [rateLimit("register")] },
    { matcher: "/auth/:actor_type/emailpass/reset-password", methods: ["POST"], middlewares: [rateLimit("reset", "attempts")] },
    { matcher: "/store/orders/lookup", methods: ["POST"], middlewares: [rateLimit("order-lookup")] },
    // a rush on the last pieces: one completion at a time per stocked item, a clean out-of-stock for the rest
    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [serializeCheckoutByStock] },
    { matcher: "/portal/csr/expos/:id/orders", methods: ["POST"], middlewares: [serializeBoothSaleByStock] },
  ],
})

import {
  defineMiddlewares,
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadDir } from "../lib/upload-dir"

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
  return medusaErrorHandler(err as never, req, res, next)
}

export default defineMiddlewares({
  errorHandler: keepFieldConflicts,
  routes: [{ matcher: "/static/*", methods: ["GET", "HEAD"], middlewares: [serveUploads] }],
})

import path from "node:path"
import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { uploadDir } from "../lib/upload-dir"

/** Serves uploaded files from the upload directory at /static, where the local file provider's URLs point. Medusa's
 * own /static handler only looks in the working directory, which is the build output in production. */
function serveUploads(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const name = decodeURIComponent(req.path.replace(/^\/static\//, ""))
  if (!name || name.includes("/") || name.includes("\\") || name.startsWith(".")) return next()
  res.sendFile(path.join(uploadDir(), name), { maxAge: "7d", dotfiles: "deny" }, (err) => {
    if (err) next()
  })
}

export default defineMiddlewares({
  routes: [{ matcher: "/static/*", methods: ["GET", "HEAD"], middlewares: [serveUploads] }],
})

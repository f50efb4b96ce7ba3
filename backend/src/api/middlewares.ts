import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
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

export default defineMiddlewares({
  routes: [{ matcher: "/static/*", methods: ["GET", "HEAD"], middlewares: [serveUploads] }],
})

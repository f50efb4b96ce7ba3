import fs from "node:fs"
import path from "node:path"

/** The repository root: found from this file, which runs from backend/src in development and from
 * backend/.medusa/server/src when built. */
export function repoRoot(): string {
  let dir = __dirname
  while (dir !== path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "turbo.json"))) return dir
    dir = path.dirname(dir)
  }
  return process.cwd()
}

/** Where uploaded files (product photos) live. Kept out of the build output, which `medusa build` replaces. */
export function uploadDir(): string {
  return process.env.KARYA_UPLOAD_DIR ?? path.join(repoRoot(), ".data", "uploads")
}

// Paths and settings shared by `npm start`, `npm test` and the smoke test.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const backendDir = path.join(root, "backend")
export const backendBuildDir = path.join(backendDir, ".medusa", "server")
export const storefrontDir = path.join(root, "storefront")
export const bin = (name) => path.join(root, "node_modules", ".bin", name)

/** A hash of the files under `dirs` (relative to the root) whose path matches `include`. */
export function fingerprint(dirs, include = () => true) {
  const hash = crypto.createHash("sha256")
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === "node_modules" || entry.name === ".medusa" || entry.name === "dist") continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (include(full)) hash.update(path.relative(root, full)).update(fs.readFileSync(full))
    }
  }
  for (const d of dirs) {
    const full = path.join(root, d)
    if (fs.existsSync(full) && fs.statSync(full).isFile()) hash.update(d).update(fs.readFileSync(full))
    else walk(full)
  }
  return hash.digest("hex").slice(0, 16)
}

/** A config home in which Medusa's telemetry is off. Medusa reads its opt-out from a machine-wide config file
 * (`medusa telemetry --disable`); MEDUSA_DISABLE_TELEMETRY alone still forks a detached sender process that outlives
 * us. Pointing XDG_CONFIG_HOME of our children here keeps both the choice and the machine's files to ourselves. */
export function quietConfigHome(dir) {
  const file = path.join(dir, "medusa", "config.json")
  fs.mkdirSync(path.dirname(file), { recursive: true })
  if (!fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify({ telemetry: { enabled: false } }))
  return dir
}

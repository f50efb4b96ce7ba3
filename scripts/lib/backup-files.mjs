// The uploaded files of a backup: a tar.gz of the upload directory (made with the system's `tar`, which Linux, macOS
// and Windows 10+ all have) and a SHA-256 of each file, so a restore can prove it put back exactly what was saved.
import { execFileSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { UserError } from "./ui.mjs"

/** { "relative/path": sha256 } of every file under `dir` (none when it does not exist). */
export function checksums(dir) {
  const out = {}
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) {
        out[path.relative(dir, full).split(path.sep).join("/")] = crypto.createHash("sha256").update(fs.readFileSync(full)).digest("hex")
      }
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return out
}

function tar(args) {
  try {
    execFileSync("tar", args, { stdio: ["ignore", "ignore", "pipe"] })
  } catch (error) {
    if (error.code === "ENOENT") throw new UserError("`tar` was not found; it is needed to save and restore the uploaded files.")
    throw new UserError(`tar failed: ${String(error.stderr ?? error.message).trim().split("\n").pop()}`)
  }
}

/** Packs the contents of `dir` (possibly missing: an empty archive) into `archive`. */
export function packUploads(dir, archive) {
  if (fs.existsSync(dir)) tar(["-czf", archive, "-C", dir, "."])
  else {
    const empty = fs.mkdtempSync(`${archive}.empty-`)
    tar(["-czf", archive, "-C", empty, "."])
    fs.rmSync(empty, { recursive: true, force: true })
  }
}

/** Unpacks `archive` into `dir`, made if missing. */
export function unpackUploads(archive, dir) {
  fs.mkdirSync(dir, { recursive: true })
  tar(["-xzf", archive, "-C", dir])
}

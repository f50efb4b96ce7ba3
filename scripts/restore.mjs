#!/usr/bin/env node
// `npm run restore -- <backup directory> [--database NAME | --url URL] [--uploads DIR] [--force]`: puts a backup of
// `npm run backup` back. The database goes to the one `npm start` uses (DATABASE_URL, else the embedded one), or to
// another database of the same server (--database), or anywhere (--url); it is created when missing. The uploaded
// files go to the upload directory (KARYA_UPLOAD_DIR, else <data dir>/uploads) or --uploads. A database with tables
// or an upload directory with files is never overwritten without --force. The database is loaded in one transaction:
// a failed restore leaves it empty. See README.md, "Backup and restore".
import fs from "node:fs"
import path from "node:path"
import { runChild } from "./lib/children.mjs"
import { checksums, unpackUploads } from "./lib/backup-files.mjs"
import { logicalRestore } from "./lib/backup-logical.mjs"
import { appServer, databaseName, describeFound, pickTool, splitPassword, withDatabase, uploadDir } from "./lib/backup-pg.mjs"
import { redact, withClient } from "./lib/database.mjs"
import { fail, Steps, UserError } from "./lib/ui.mjs"

const USAGE = "usage: npm run restore -- <backup directory> [--database NAME | --url URL] [--uploads DIR] [--force]"

function parseArgs(argv) {
  const options = { dir: null, database: null, url: null, uploads: null, force: false }
  const value = (i, name) => {
    const v = argv[i]
    if (!v || v.startsWith("--")) throw new UserError(`${name} needs a value. ${USAGE}`)
    return v
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, null]
    if (flag === "--force") options.force = true
    else if (flag === "--database" || flag === "--url" || flag === "--uploads") {
      options[flag.slice(2)] = inline ?? value(++i, flag)
    } else if (flag === "--help" || flag === "-h") {
      console.log(USAGE)
      process.exit(0)
    } else if (a.startsWith("-")) throw new UserError(`Unknown option ${a}. ${USAGE}`)
    else if (options.dir) throw new UserError(`One backup directory only. ${USAGE}`)
    else options.dir = a
  }
  if (!options.dir) throw new UserError(`Which backup? ${USAGE}`)
  if (options.database && options.url) throw new UserError(`--database or --url, not both. ${USAGE}`)
  if (options.database !== null && !/^[A-Za-z0-9_-]{1,63}$/.test(options.database)) {
    throw new UserError("--database is a name of letters, digits, _ and - (at most 63)")
  }
  if (options.url !== null) {
    try {
      if (!/^postgres(ql)?:$/.test(new URL(options.url).protocol) || !databaseName(options.url)) throw new Error()
    } catch {
      throw new UserError("--url is a postgres://user:password@host:port/database URL")
    }
  }
  return options
}

let server = null

/** The target database's state: missing, empty, or holding tables. */
async function databaseState(url) {
  const name = databaseName(url)
  const exists = await withClient(withDatabase(url, "postgres"), async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount > 0)
  if (!exists) return { exists, tables: 0 }
  const tables = await withClient(url, async (c) =>
    Number(
      (
        await c.query(
          "SELECT count(*) AS n FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE cl.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'"
        )
      ).rows[0].n
    )
  )
  return { exists, tables }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const started = Date.now()
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const dir = path.resolve(cwd, options.dir)
  const manifestFile = path.join(dir, "manifest.json")
  if (!fs.existsSync(manifestFile)) throw new UserError(`${dir} is not a backup: it has no manifest.json`)
  let manifest
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"))
  } catch (error) {
    throw new UserError(`${manifestFile} is damaged: ${error.message}`)
  }
  if (manifest.app !== "karya-lapas" || !manifest.database?.file || !manifest.uploads?.file) {
    throw new UserError(`${manifestFile} is not a Karya Lapas backup manifest`)
  }
  for (const f of [manifest.database.file, manifest.uploads.file]) {
    if (!fs.existsSync(path.join(dir, f))) throw new UserError(`The backup is incomplete: ${f} is missing from ${dir}`)
  }
  const uploadsTarget = options.uploads ? path.resolve(cwd, options.uploads) : uploadDir
  const steps = new Steps(3)
  let target = null
  let restoreTool = null

  await steps.run("Checking the target", async () => {
    if (options.url) target = options.url
    else {
      server = await appServer()
      target = options.database ? withDatabase(server.url, options.database) : server.url
    }
    if (manifest.database.format === "pg_dump") {
      const { tool, found } = pickTool("pg_restore", manifest.database.pg_dump_major)
      if (!tool) {
        throw new UserError(
          `This backup was made by pg_dump ${manifest.database.pg_dump_major}; restoring it needs pg_restore ${manifest.database.pg_dump_major} or newer, found ${describeFound("pg_restore", found)}. ` +
            "Install that PostgreSQL version's client tools (or set KARYA_PG_BIN to their folder)."
        )
      }
      restoreTool = tool
    }
    let state
    try {
      state = await databaseState(target)
    } catch (error) {
      throw new UserError(`Cannot reach the database server of ${redact(target)}: ${error.message || error.code}`)
    }
    const files = fs.existsSync(uploadsTarget) ? fs.readdirSync(uploadsTarget).length : 0
    // checked both before changing anything: nothing half-restored
    if (state.tables && !options.force) {
      throw new UserError(`${redact(target)} already holds ${state.tables} tables: restore into a new database (--database NAME) or add --force to replace it`)
    }
    if (files && !options.force) {
      throw new UserError(`${uploadsTarget} already holds files: choose another (--uploads DIR) or add --force to replace them`)
    }
    const name = databaseName(target)
    await withClient(withDatabase(target, "postgres"), async (c) => {
      const ident = `"${name.replace(/"/g, '""')}"`
      if (state.exists && state.tables) await c.query(`DROP DATABASE ${ident} WITH (FORCE)`)
      if (!state.exists || state.tables) await c.query(`CREATE DATABASE ${ident}`)
    })
    return `${redact(target)} (${state.exists ? (state.tables ? `replaced ${state.tables} tables` : "empty") : "created"}), uploads to ${uploadsTarget}`
  })

  await steps.run("Restoring the database", async (update) => {
    const file = path.join(dir, manifest.database.file)
    if (manifest.database.format === "pg_dump") {
      const { url, password } = splitPassword(target)
      let tables = 0
      await runChild(
        "pg_restore",
        restoreTool.file,
        ["--no-owner", "--no-acl", "--exit-on-error", "--single-transaction", "--verbose", `--dbname=${url}`, file],
        {
          env: password ? { ...process.env, PGPASSWORD: password } : process.env,
          onLine: (line) => {
            if (/processing data for table/.test(line)) update(`${++tables} tables of data`)
          },
        }
      ).catch((error) => {
        throw new UserError(`pg_restore failed: ${(error.tail ?? []).filter((l) => /error|fatal/i.test(l)).slice(-3).join(" / ") || error.message}`)
      })
      return `pg_restore ${restoreTool.major}, ${tables} tables of data`
    }
    const result = await logicalRestore(target, file, {
      onProgress: (what, n) => update(what === "schema" ? `schema: ${n} statements` : `${n} rows`),
    })
    return `${result.tables} tables, ${result.rows} rows`
  })

  await steps.run("Restoring the uploaded files", async () => {
    if (fs.existsSync(uploadsTarget)) fs.rmSync(uploadsTarget, { recursive: true, force: true }) // only reached with --force or when empty
    unpackUploads(path.join(dir, manifest.uploads.file), uploadsTarget)
    const saved = manifest.uploads.checksums ?? {}
    const restored = checksums(uploadsTarget)
    const wrong = Object.keys(saved).filter((f) => restored[f] !== saved[f])
    if (wrong.length) throw new UserError(`${wrong.length} restored files differ from the backup (${wrong.slice(0, 3).join(", ")})`)
    return `${Object.keys(restored).length} files, checksums match`
  })

  console.log(`\nRestored ${dir} into ${redact(target)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  if (options.database || options.url || options.uploads) {
    console.log(`To run the store on this copy: set DATABASE_URL to ${redact(target)} (with its password) and KARYA_UPLOAD_DIR to ${uploadsTarget}.`)
  }
}

async function finish(code) {
  if (server) await server.stop().catch(() => {})
  process.exit(code)
}

process.on("SIGINT", () => finish(130))
process.on("SIGTERM", () => finish(143))
main()
  .then(() => finish(0))
  .catch(async (error) => {
    // a PostgreSQL error is a one-line message too, not a stack trace
    fail(error?.severity ? new UserError(`PostgreSQL: ${error.message}`) : error)
    await finish(1)
  })

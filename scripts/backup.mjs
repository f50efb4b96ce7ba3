#!/usr/bin/env node
// `npm run backup [-- <directory>] [--format pg_dump|builtin]`: the store's database and its uploaded files, into one
// directory (default backups/karya-<date>-<time>/): database.dump (pg_dump, custom format) or database.ndjson.gz (the
// built-in dump, when no pg_dump fits the server), uploads.tar.gz, and manifest.json (what is inside, with a SHA-256 of
// every uploaded file). The database is the one `npm start` uses: DATABASE_URL, else the embedded one. See README.md,
// "Backup and restore".
import fs from "node:fs"
import path from "node:path"
import { runChild } from "./lib/children.mjs"
import { checksums, packUploads } from "./lib/backup-files.mjs"
import { logicalDump } from "./lib/backup-logical.mjs"
import { appServer, databaseName, splitPassword, describeFound, du, pickTool, serverMajor, size, uploadDir } from "./lib/backup-pg.mjs"
import { redact } from "./lib/database.mjs"
import { root } from "./lib/project.mjs"
import { bar, fail, Steps, UserError } from "./lib/ui.mjs"

const USAGE = "usage: npm run backup [-- <directory>] [--format pg_dump|builtin]"

function parseArgs(argv) {
  const options = { dir: null, format: "auto" }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === "--format") options.format = argv[++i]
    else if (a.startsWith("--format=")) options.format = a.slice("--format=".length)
    else if (a === "--help" || a === "-h") {
      console.log(USAGE)
      process.exit(0)
    } else if (a.startsWith("-")) throw new UserError(`Unknown option ${a}. ${USAGE}`)
    else if (options.dir) throw new UserError(`One directory only. ${USAGE}`)
    else options.dir = a
  }
  if (!["auto", "pg_dump", "builtin"].includes(options.format)) throw new UserError(`--format is pg_dump or builtin. ${USAGE}`)
  return options
}

function stamp(d = new Date()) {
  const p = (n) => String(n).padStart(2, "0")
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`
}

let server = null
/** `file` relative to `from` when it lies inside it, else absolute */
const shown = (file, from) => {
  const rel = path.relative(from, file)
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file
}

let written = null // the directory this run made, removed when it fails: a half-written backup must not pass for one

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const started = Date.now()
  // npm runs scripts from the root; a relative directory means the one the user typed it in
  const outDir = options.dir ? path.resolve(process.env.INIT_CWD ?? process.cwd(), options.dir) : path.join(root, "backups", `karya-${stamp()}`)
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length) throw new UserError(`${outDir} is not empty: choose a new directory`)
  const steps = new Steps(3)
  let plan = null

  await steps.run("Finding the database", async () => {
    server = await appServer()
    const major = await serverMajor(server.url)
    const { tool, found } = pickTool("pg_dump", major)
    if (options.format === "pg_dump" && !tool) {
      throw new UserError(
        `The database server is PostgreSQL ${major} and pg_dump must be version ${major} or newer; found ${describeFound("pg_dump", found)}. ` +
          `Install PostgreSQL ${major}'s client tools (or set KARYA_PG_BIN to their folder), or run without --format to use the built-in dump.`
      )
    }
    const format = options.format === "builtin" || !tool ? "builtin" : "pg_dump"
    plan = { major, tool, found, format }
    const how = format === "pg_dump" ? `pg_dump ${tool.major} (${tool.file})` : "the built-in dump"
    const why =
      format === "builtin" && options.format === "auto" ? `; no pg_dump ${major} or newer: ${describeFound("pg_dump", found)}` : ""
    return `${redact(server.url)}${server.embedded ? " (embedded)" : ""}, PostgreSQL ${major}, with ${how}${why}`
  })

  fs.mkdirSync(outDir, { recursive: true })
  written = outDir
  const manifest = {
    app: "karya-lapas",
    created_at: new Date().toISOString(),
    database: { name: databaseName(server.url), server_major: plan.major, format: plan.format },
    uploads: {},
  }

  await steps.run("Dumping the database", async (update) => {
    if (plan.format === "pg_dump") {
      const file = path.join(outDir, "database.dump")
      const { url, password } = splitPassword(server.url)
      await runChild("pg_dump", plan.tool.file, ["--format=custom", "--no-owner", "--no-acl", "--verbose", `--file=${file}`, `--dbname=${url}`], {
        env: password ? { ...process.env, PGPASSWORD: password } : process.env,
        onLine: (line) => {
          const m = line.match(/dumping contents of table "?([^"]+)"?/)
          if (m) update(`table ${m[1]}`)
        },
      }).catch((error) => {
        throw new UserError(`pg_dump failed: ${(error.tail ?? []).filter((l) => /error|fatal/i.test(l)).slice(-3).join(" / ") || error.message}`)
      })
      Object.assign(manifest.database, { file: "database.dump", pg_dump_major: plan.tool.major })
      return `database.dump, ${size(du(file))}`
    }
    const file = path.join(outDir, "database.ndjson.gz")
    const result = await logicalDump(server.url, file, { onProgress: (done, total, table) => update(`${bar(done, total)} ${table}`) })
    Object.assign(manifest.database, { file: "database.ndjson.gz", tables: result.tables, rows: result.rows })
    return `database.ndjson.gz, ${result.tables} tables, ${result.rows} rows, ${size(du(file))}`
  })

  await steps.run("Packing the uploaded files", async () => {
    const sums = checksums(uploadDir)
    packUploads(uploadDir, path.join(outDir, "uploads.tar.gz"))
    manifest.uploads = { file: "uploads.tar.gz", from: uploadDir, count: Object.keys(sums).length, checksums: sums }
    return `${Object.keys(sums).length} files from ${shown(uploadDir, root)}, ${size(du(path.join(outDir, "uploads.tar.gz")))}`
  })

  fs.writeFileSync(path.join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2))
  written = null
  console.log(`\nBackup written to ${outDir} (${size(du(outDir))}, ${((Date.now() - started) / 1000).toFixed(1)} s).`)
  console.log(`Restore it with: npm run restore -- ${shown(outDir, process.env.INIT_CWD ?? process.cwd())}`)
}

async function finish(code) {
  if (server) await server.stop().catch(() => {})
  if (written) fs.rmSync(written, { recursive: true, force: true })
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

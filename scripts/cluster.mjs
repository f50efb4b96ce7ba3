#!/usr/bin/env node
// `npm run start:cluster`: the store as it scales out, on one machine. Like `npm start` (the same database, search,
// build, migrations and demo data: scripts/lib/prepare.mjs), then Redis (REDIS_URL, else a redis-server started here
// on KARYA_REDIS_PORT), KARYA_CLUSTER_SERVERS backend servers (MEDUSA_WORKER_MODE=server, default 2) on PORT+1, PORT+2,
// …, one worker (MEDUSA_WORKER_MODE=worker: events, scheduled jobs, workflow retries; no API but /health) on the next
// port, a local load balancer on PORT that round-robins over the servers (scripts/lib/balancer.mjs), and the
// storefront pointed at the balancer. All of them share REDIS_URL, DATABASE_URL, JWT_SECRET, COOKIE_SECRET and
// MEILISEARCH_*. Ctrl-C stops everything. See README.md, "Scale-out".
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { startBalancer } from "./lib/balancer.mjs"
import { startChild, stopChildren } from "./lib/children.mjs"
import { redact } from "./lib/database.mjs"
import { assertPortFree, waitForHttp } from "./lib/ports.mjs"
import { loginLines, logStream, prepare, settingsFrom, startStorefront, writeDemo } from "./lib/prepare.mjs"
import { backendBuildDir, backendDir, bin, root } from "./lib/project.mjs"
import { startRedis } from "./lib/redis.mjs"
import { fail, Steps, UserError } from "./lib/ui.mjs"

const env = process.env
// The migrations and the seed run in one process, in-process (as `npm start` runs them): REDIS_URL only reaches the
// backend instances below.
const s = settingsFrom({ ...env, REDIS_URL: undefined })
const { backendUrl, backendPort, storefrontUrl, logDir, dataDir } = s
const redisPort = Number(env.KARYA_REDIS_PORT ?? 6380)
const serverCount = Number(env.KARYA_CLUSTER_SERVERS ?? 2)
if (!Number.isInteger(serverCount) || serverCount < 1) {
  fail(new UserError(`KARYA_CLUSTER_SERVERS must be a whole number from 1: "${env.KARYA_CLUSTER_SERVERS}"`))
  process.exit(1)
}
const instances = [
  ...Array.from({ length: serverCount }, (_, i) => ({ name: `server-${i + 1}`, mode: "server", port: backendPort + 1 + i })),
  { name: "worker", mode: "worker", port: backendPort + 1 + serverCount },
]
const servers = instances.filter((i) => i.mode === "server")
/** what was started: the embedded PostgreSQL and Meilisearch (the shared steps), Redis, the balancer */
const started = {}
let stopping = false
let running = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  process.stdout.write("\nStopping Karya Lapas…\n")
  if (started.balancer) await started.balancer.close().catch(() => {})
  await stopChildren()
  if (started.meili) await started.meili.stop().catch(() => {})
  if (started.embedded) await started.embedded.stop().catch(() => {})
  // last: the instances flush their queues and locks into it as they stop
  if (started.redis) await started.redis.stop().catch(() => {})
  process.stdout.write("Stopped.\n")
  process.exit(code)
}

/** REDIS_URL answers PING (ioredis, which the backend uses: passwords, TLS with rediss://). */
async function pingRedis(url) {
  const Redis = createRequire(path.join(backendDir, "package.json"))("ioredis")
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5000, retryStrategy: () => null })
  client.on("error", () => {})
  try {
    await client.connect()
    if ((await client.ping()) !== "PONG") throw new Error("no PONG")
  } catch (error) {
    throw new UserError(`Cannot reach the Redis of REDIS_URL (${redact(url)}): ${error.message}`)
  } finally {
    client.disconnect()
  }
}

async function main() {
  const steps = new Steps(10)
  let redisUrl = env.REDIS_URL

  await steps.run(redisUrl ? "Connecting to REDIS_URL" : "Starting Redis", async () => {
    if (redisUrl) {
      await pingRedis(redisUrl)
      return redact(redisUrl)
    }
    await assertPortFree(redisPort, "KARYA_REDIS_PORT")
    fs.mkdirSync(logDir, { recursive: true })
    started.redis = await startRedis({ port: redisPort, dir: path.join(dataDir, "redis"), logFile: path.join(logDir, "redis.log") })
    redisUrl = started.redis.url
    return `${redisUrl} (nothing saved to disk)`
  })

  const { databaseUrl, childEnv, publishableKey, searchLine, meiliUrl } = await prepare(s, steps, started, {
    extraPorts: instances.map((i) => [
      i.port,
      "PORT",
      `Port ${i.port} is already in use (${i.name} runs on PORT + ${i.port - backendPort}). Stop what runs there or set PORT so that ports ${backendPort + 1}…${backendPort + instances.length} are free.`,
    ]),
  })

  await steps.run(`Starting ${servers.length} backend servers and a worker`, async (update) => {
    const up = new Set()
    await Promise.all(
      instances.map(async (instance) => {
        const child = startChild(instance.name, bin("medusa"), ["start"], {
          cwd: backendBuildDir,
          env: {
            ...childEnv,
            REDIS_URL: redisUrl,
            MEDUSA_WORKER_MODE: instance.mode,
            PORT: String(instance.port),
            // the public URL (file URLs, CORS) is the balancer's
            BACKEND_URL: backendUrl,
          },
          logStream: logStream(s, instance.name),
          onExit: (code, signal) => {
            if (stopping) return
            const how = `${instance.name} stopped (${signal ?? `exit ${code}`}); its log is ${path.join(logDir, `${instance.name}.log`)}`
            if (!running) return // the wait below reports it
            instance.gone = true
            if (servers.every((i) => i.gone)) {
              console.error(`\n✘ ${how}. No backend server is left.`)
              shutdown(1)
            } else if (instance.mode === "worker") {
              console.error(`\n✘ ${how}. Events and scheduled jobs wait in Redis until a worker runs again.`)
            } else {
              console.error(`\n✘ ${how}. The balancer sends its requests to the other servers.`)
            }
          },
        })
        await waitForHttp(`http://127.0.0.1:${instance.port}/health`, { isAlive: () => child.exitCode === null })
        up.add(instance.name)
        update(`${up.size}/${instances.length} up: ${[...up].join(", ")}`)
      })
    )
    return instances.map((i) => `${i.name} :${i.port}`).join(", ")
  })

  await steps.run("Starting the load balancer", async () => {
    started.balancer = await startBalancer({
      port: backendPort,
      targets: servers.map((i) => ({ name: i.name, url: `http://127.0.0.1:${i.port}` })),
    })
    await waitForHttp(`${backendUrl}/health`)
    return `${backendUrl} → ${servers.map((i) => i.name).join(", ")}`
  })

  await steps.run("Starting the storefront", () =>
    startStorefront(s, { childEnv, env, backendUrl, publishableKey, isStopping: () => stopping, shutdown })
  )
  running = true

  const cluster = {
    redisUrl: redact(redisUrl),
    balancer: backendUrl,
    instances: instances.map((i) => ({ name: i.name, mode: i.mode, url: `http://localhost:${i.port}` })),
  }
  const logins = await writeDemo(s, { backendUrl, databaseUrl, meiliUrl, publishableKey, extra: { cluster } })
  const where = (i) => `${i.name} http://localhost:${i.port}`
  console.log(`
Karya Lapas is running as a cluster.
  Store          ${storefrontUrl}
${loginLines(logins)}
  Backend API    ${backendUrl}   (load balancer: round robin over ${servers.map((i) => i.name).join(", ")})
  Servers        ${servers.map(where).join(", ")}   (MEDUSA_WORKER_MODE=server)
  Worker         ${where(instances.at(-1))}   (MEDUSA_WORKER_MODE=worker: events, scheduled jobs; /health only)
  Redis          ${started.redis ? `${redisUrl} (started here, nothing saved to disk)` : `${redact(redisUrl)} (REDIS_URL)`}
  Database       ${redact(databaseUrl)}${s.usingEmbedded ? " (embedded, data in " + path.relative(root, dataDir) + "/postgres)" : ""}
  Search         ${searchLine}
  Logs           ${path.relative(root, logDir)}/ (${instances.map((i) => `${i.name}.log`).join(", ")})
Demo settings are in ${path.relative(root, path.join(dataDir, "demo.json"))}. Press Ctrl-C to stop.`)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))
main().catch(async (error) => {
  fail(error)
  await shutdown(1)
})

// The scale-out cluster of `npm run start:cluster`, on a test's database: a Redis of its own (scripts/lib/redis.mjs, a
// free port, never the machine's 6379), backend servers (MEDUSA_WORKER_MODE=server) and a worker
// (MEDUSA_WORKER_MODE=worker) of the built backend as separate processes (crash-backend.ts: each in its own process
// group, so a test can kill -9 one), and the load balancer (scripts/lib/balancer.mjs) in front of the servers.
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import type { Redis } from "ioredis"
import { startBackend, waitHealthy, type CrashBackend } from "./crash-backend"
import { freePort, root } from "./stack"

export type Mode = "server" | "worker"
export interface Instance extends CrashBackend {
  name: string
  mode: Mode
  port: number
}
export interface OwnRedis {
  url: string
  port: number
  stop: () => Promise<void>
  /** a client of it (ioredis, the backend's own dependency) */
  client: Redis
}
export interface Balancer {
  url: string
  close: () => Promise<void>
}

/** A redis-server of the test's own on a free port, data (none is saved) in a temporary directory. */
export async function startOwnRedis(): Promise<OwnRedis> {
  // @ts-expect-error: a plain ESM helper shared with `npm run start:cluster`
  const { startRedis } = await import("../../scripts/lib/redis.mjs")
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "karya-test-redis-"))
  const redis = await startRedis({ port: await freePort(), dir })
  const RedisClient = createRequire(path.join(root, "backend", "package.json"))("ioredis") as new (url: string, options?: object) => Redis
  const client = new RedisClient(redis.url, { maxRetriesPerRequest: 2 })
  return {
    url: redis.url,
    port: redis.port,
    client,
    stop: async () => {
      client.disconnect()
      await redis.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** One backend process of the cluster (not waited for: see `waitHealthy`). */
export async function startInstance(options: {
  name: string
  mode: Mode
  databaseUrl: string
  redisUrl: string
  port?: number
  env?: Record<string, string>
}): Promise<Instance> {
  const port = options.port ?? (await freePort())
  const backend = startBackend({
    databaseUrl: options.databaseUrl,
    port,
    env: { ...options.env, REDIS_URL: options.redisUrl, MEDUSA_WORKER_MODE: options.mode },
  })
  return Object.assign(backend, { name: options.name, mode: options.mode, port })
}

/** The load balancer on a free port of 127.0.0.1, round robin over `servers`. */
export async function startBalancer(servers: Instance[]): Promise<Balancer> {
  // @ts-expect-error: a plain ESM helper shared with `npm run start:cluster`
  const { startBalancer: start } = await import("../../scripts/lib/balancer.mjs")
  return start({ port: await freePort(), host: "127.0.0.1", targets: servers.map((s) => ({ name: s.name, url: s.url })) })
}

export interface Cluster {
  servers: Instance[]
  worker: Instance
  balancer: Balancer
  /** every process started, the killed ones too */
  started: Instance[]
  /** a new worker (after the old one was killed), ready */
  startWorker: () => Promise<Instance>
  stop: () => Promise<void>
}

/** `servers` backend servers and a worker on `databaseUrl` and `redisUrl`, all started at once and ready, and the
 * balancer in front of the servers. `env` goes to every process. */
export async function startCluster(options: { databaseUrl: string; redisUrl: string; servers?: number; env?: Record<string, string> }): Promise<Cluster> {
  const started: Instance[] = []
  const launch = async (name: string, mode: Mode) => {
    const instance = await startInstance({ name, mode, databaseUrl: options.databaseUrl, redisUrl: options.redisUrl, env: options.env })
    started.push(instance)
    return instance
  }
  const servers = await Promise.all(Array.from({ length: options.servers ?? 2 }, (_, i) => launch(`server-${i + 1}`, "server")))
  let worker = await launch("worker", "worker")
  const stopAll = () => Promise.all(started.map((i) => i.kill9()))
  try {
    // three Medusa processes booting at once on two loaded cores: give them time
    await Promise.all([...servers, worker].map((i) => waitHealthy(i, 180_000)))
  } catch (error) {
    await stopAll()
    throw error
  }
  const balancer = await startBalancer(servers)
  return {
    servers,
    get worker() {
      return worker
    },
    balancer,
    started,
    startWorker: async () => {
      worker = await launch(`worker-${started.filter((i) => i.mode === "worker").length + 1}`, "worker")
      await waitHealthy(worker, 120_000)
      return worker
    },
    stop: async () => {
      await balancer.close()
      await Promise.all(started.map((i) => i.stop()))
    },
  }
}

/** Polls `read` until `done` holds of its value; returns the value and the ms it took. Throws after `timeoutMs` with
 * the last value. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, everyMs = 100) {
  const started = Date.now()
  let value = await read()
  while (!done(value)) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms; last: ${JSON.stringify(value)}`)
    await new Promise((r) => setTimeout(r, everyMs))
    value = await read()
  }
  return { value, ms: Date.now() - started }
}

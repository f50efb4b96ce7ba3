// The Redis `npm run start:cluster` and the scale-out tests use when REDIS_URL names none: Debian's `redis-server`
// (found on PATH or at /usr/bin/redis-server; when missing and we are root on Debian, installed with apt-get), on
// 127.0.0.1 and a port of its own, nothing written to disk (--save "" --appendonly no: the event bus queues, locks and
// cache of a local cluster; a restart starts empty). Never the machine's shared Redis on 6379.
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { startService } from "./service.mjs"
import { UserError } from "./ui.mjs"

const CANDIDATES = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"]

/** The redis-server binary: on PATH or at the usual paths; null when there is none. */
export function findRedisServer() {
  const onPath = (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, "redis-server"))
  return [...onPath, ...CANDIDATES].find((p) => {
    try {
      fs.accessSync(p, fs.constants.X_OK)
      return true
    } catch {
      return false
    }
  }) ?? null
}

/** The redis-server binary; installs Debian's `redis-server` package when missing and we are root on Debian. */
export function ensureRedisServer() {
  const found = findRedisServer()
  if (found) return found
  const canApt = process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")
  if (!canApt) {
    throw new UserError("No redis-server found: install Debian's `redis-server` package (or Redis 6.2+), or set REDIS_URL")
  }
  console.log("Installing Debian's Redis (apt-get install redis-server)…")
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" })
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "redis-server"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  })
  const installed = findRedisServer()
  if (!installed) throw new UserError("apt-get installed redis-server but no binary was found")
  return installed
}

/** One PING over a plain socket (RESP): resolves true on +PONG, false on anything else or after `timeoutMs`. */
export function ping(port, host = "127.0.0.1", timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    let answer = ""
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.on("error", () => done(false))
    socket.on("connect", () => socket.write("PING\r\n"))
    socket.on("data", (chunk) => {
      answer += chunk.toString()
      if (answer.includes("\r\n")) done(answer.startsWith("+PONG"))
    })
  })
}

/** Starts redis-server on 127.0.0.1:`port`, working directory `dir` (created when missing; its log goes to
 * `<dir>/redis.log` unless `logFile` says otherwise), persisting nothing. Resolves once it answers PING; returns
 * `{ url, port, pid, stop() }`. */
export async function startRedis({ port, dir, logFile, timeoutMs = 15_000 }) {
  if (!port) throw new Error("startRedis: a port is required (never the machine's shared 6379)")
  const binary = ensureRedisServer()
  fs.mkdirSync(dir, { recursive: true })
  logFile ??= path.join(dir, "redis.log")
  const args = [
    "--port", String(port),
    "--bind", "127.0.0.1",
    "--dir", dir,
    "--save", "",
    "--appendonly", "no",
    "--daemonize", "no",
    // BullMQ (Medusa's Redis event bus and workflow engine) wants its keys kept, never evicted
    "--maxmemory-policy", "noeviction",
  ]
  const { pid, stop } = await startService({
    name: "Redis",
    command: binary,
    args,
    cwd: dir,
    logFile,
    remember: () => true,
    ready: () => ping(port),
    waitingFor: `PING on 127.0.0.1:${port}`,
    timeoutMs,
  })
  return { url: `redis://127.0.0.1:${port}`, port, pid, stop, logFile }
}

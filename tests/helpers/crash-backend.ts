// The built backend (`backend/.medusa/server`, `medusa start`, as `npm start` runs it) as a separate process on a
// test's database, so a test can kill -9 it in the middle of its work and start it again. Its own process group:
// SIGKILL to the group takes nothing else with it.
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { root } from "./stack"

export const backendBuildDir = path.join(root, "backend", ".medusa", "server")
const medusaCli = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")

/** The test runner's settings that are not the backend's: its database, its Meilisearch (the child searches on
 * PostgreSQL, leaving the runner's indexes alone), its mode and ts-node. */
const NOT_PASSED_ON = ["DATABASE_URL", "DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD", "DB_TEMP_NAME", "MEILISEARCH_HOST", "MEILISEARCH_API_KEY", "NODE_ENV", "NODE_OPTIONS", "TEST"]

export interface CrashBackend {
  url: string
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
  /** kill -9 of the whole process group: no shutdown hook, no flush, no graceful close of anything */
  kill9: () => Promise<void>
  /** a normal stop, for the end of the test */
  stop: () => Promise<void>
}

export function startBackend(options: {
  databaseUrl: string
  port: number
  uploadDir?: string
  /** the app to start: the built backend unless told (the benchmarks also start a vanilla Medusa app) */
  appDir?: string
  /** set on top of the rest, e.g. MEILISEARCH_HOST/MEILISEARCH_API_KEY (left out above) or NODE_ENV=production */
  env?: Record<string, string>
}): CrashBackend {
  const appDir = options.appDir ?? backendBuildDir
  if (!fs.existsSync(path.join(appDir, "medusa-config.js"))) {
    throw new Error(`no built backend in ${appDir}: build it first (npm test does; or cd backend && npx medusa build)`)
  }
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !NOT_PASSED_ON.includes(k) && !k.startsWith("VITEST")) env[k] = v
  }
  Object.assign(env, {
    DATABASE_URL: options.databaseUrl,
    PORT: String(options.port),
    BACKEND_URL: `http://localhost:${options.port}`,
    JWT_SECRET: "crash-test-jwt",
    COOKIE_SECRET: "crash-test-cookie",
    ADMIN_DISABLED: "true",
    KARYA_UPLOAD_DIR: options.uploadDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "karya-crash-uploads-")),
    ...options.env,
  })
  const child = spawn(process.execPath, [medusaCli, "start"], { cwd: appDir, env, detached: true })
  let out = ""
  child.stdout!.on("data", (c) => (out += c))
  child.stderr!.on("data", (c) => (out += c))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid!, sig)
    } catch {
      // already gone
    }
    await exited
  }
  return {
    url: `http://localhost:${options.port}`,
    child,
    output: () => out,
    exited,
    kill9: () => signal("SIGKILL"),
    stop: async () => {
      const timer = setTimeout(() => void signal("SIGKILL"), 10_000)
      await signal("SIGTERM")
      clearTimeout(timer)
    },
  }
}

/** Waits until the backend answers `/health`. */
export async function waitHealthy(backend: CrashBackend, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (backend.child.exitCode !== null) throw new Error(`the backend exited early:\n${backend.output()}`)
    try {
      if ((await fetch(`${backend.url}/health`)).ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the backend did not answer /health within ${timeoutMs} ms:\n${backend.output()}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

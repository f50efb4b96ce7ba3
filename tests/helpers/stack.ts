// Runs `npm start` (scripts/start.mjs) the way a user does, on a temporary data directory and free ports, for the
// smoke and browser tests. The test runner's own database and Meilisearch settings are not passed on: it starts on
// embedded defaults.
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"

export const root = path.resolve(__dirname, "..", "..")

export interface Started {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
  /** Ctrl-C in a terminal: SIGINT to the whole process group, PostgreSQL included. */
  interrupt: () => void
}

export interface Demo {
  backendUrl: string
  storefrontUrl: string
  adminUrl: string
  portalUrl: string
  databaseUrl: string
  publishableKey: string
  logins: {
    operator: { email: string; password: string }
    facilities: { facility: string; role: "manager" | "staff"; email: string; password: string }[]
  }
}

/** The test runner's own settings, which a user's `npm start` does not have. NODE_ENV=test (set by vitest) would
 * make the stack's storefront build a development build of React, three times the size, and run Medusa in test mode. */
const NOT_PASSED_ON = ["DATABASE_URL", "DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD", "MEILISEARCH_HOST", "MEILISEARCH_API_KEY", "NODE_ENV", "TEST"]

export function start(env: Record<string, string | undefined>): Started {
  const childEnv: Record<string, string> = {}
  for (const [k, v] of Object.entries({ ...process.env, ...env })) {
    if (v !== undefined && !NOT_PASSED_ON.includes(k) && !k.startsWith("VITEST")) childEnv[k] = v
  }
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], { cwd: root, env: childEnv, detached: true })
  let out = ""
  child.stdout!.on("data", (c) => (out += c))
  child.stderr!.on("data", (c) => (out += c))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  const interrupt = () => process.kill(-child.pid!, "SIGINT")
  return { child, output: () => out, exited, interrupt }
}

export async function waitFor(started: Started, text: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!started.output().includes(text)) {
    if (started.child.exitCode !== null) throw new Error(`start exited early:\n${started.output()}`)
    if (Date.now() > deadline) throw new Error(`no "${text}" within ${timeoutMs} ms:\n${started.output()}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** A stack on its own ports and data directory. */
export async function stackEnv() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "karya-start-"))
  const ports = { backend: await freePort(), storefront: await freePort(), pg: await freePort(), meili: await freePort() }
  const env = {
    KARYA_DATA_DIR: dataDir,
    PORT: String(ports.backend),
    STOREFRONT_PORT: String(ports.storefront),
    KARYA_PG_PORT: String(ports.pg),
    KARYA_MEILI_PORT: String(ports.meili),
  }
  return { dataDir, ports, env }
}

export const readDemo = (dataDir: string): Demo => JSON.parse(fs.readFileSync(path.join(dataDir, "demo.json"), "utf8"))

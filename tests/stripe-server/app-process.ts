// A second Medusa app on a test's database, in a process of its own: everything held in memory (event bus, locks,
// workflow engine) starts empty, as after a restart or on another server instance. The Stripe spec delivers a webhook
// again to it. The child boots the app exactly as @medusajs/test-utils does (same config override, same loaders), and
// prints the events it is told to watch, so the parent knows when its work is done.
import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"

const READY = "KARYA_APP_READY"
const EVENT = "KARYA_APP_EVENT"

export interface SecondApp {
  url: string
  /** events seen by the child app, in order */
  events: { name: string; data: Record<string, unknown> }[]
  output: () => string
  stop: () => Promise<void>
}

/** Starts the app in a child process on `databaseUrl`; `env` is added to this process's environment. */
export async function startSecondApp(options: {
  cwd: string
  databaseUrl: string
  env?: Record<string, string>
  watch?: string[]
  timeoutMs?: number
}): Promise<SecondApp> {
  const childEnv: Record<string, string> = {}
  for (const [k, v] of Object.entries({ ...process.env, ...options.env })) if (v !== undefined) childEnv[k] = v
  Object.assign(childEnv, {
    KARYA_APP_CWD: options.cwd,
    KARYA_APP_DATABASE_URL: options.databaseUrl,
    KARYA_APP_WATCH: (options.watch ?? []).join(","),
  })
  delete childEnv.PORT // the child app takes a free port
  delete childEnv.NODE_OPTIONS
  const child: ChildProcess = spawn(process.execPath, ["-r", "ts-node/register", __filename], {
    cwd: path.resolve(__dirname, ".."),
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let out = ""
  const events: SecondApp["events"] = []
  let buffer = ""
  child.stdout!.on("data", (chunk: Buffer) => {
    out += chunk
    buffer += chunk
    let nl: number
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl)
      buffer = buffer.slice(nl + 1)
      if (line.startsWith(`${EVENT} `)) events.push(JSON.parse(line.slice(EVENT.length + 1)))
    }
  })
  child.stderr!.on("data", (chunk: Buffer) => (out += chunk))
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))

  const port = await new Promise<number>((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`the second app did not start:\n${out.slice(-4000)}`)), options.timeoutMs ?? 120_000)
    const check = setInterval(() => {
      const match = new RegExp(`${READY} (\\d+)`).exec(out)
      if (match) {
        clearInterval(check)
        clearTimeout(deadline)
        resolve(Number(match[1]))
      } else if (child.exitCode !== null) {
        clearInterval(check)
        clearTimeout(deadline)
        reject(new Error(`the second app exited (${child.exitCode}):\n${out.slice(-4000)}`))
      }
    }, 100)
  })
  return {
    url: `http://localhost:${port}`,
    events,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM")
        const killer = setTimeout(() => child.kill("SIGKILL"), 15_000)
        await exited
        clearTimeout(killer)
      }
    },
  }
}

async function main() {
  const cwd = process.env.KARYA_APP_CWD!
  const clientUrl = process.env.KARYA_APP_DATABASE_URL!
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const utils = require("@medusajs/test-utils/dist/medusa-test-runner-utils") as {
    configLoaderOverride(cwd: string, o: { clientUrl: string; debug?: boolean }): Promise<void>
    startApp(o: { cwd: string }): Promise<{ port: number; shutdown: () => Promise<void>; container: { resolve(key: string): unknown } }>
  }
  await utils.configLoaderOverride(cwd, { clientUrl, debug: false })
  const { port, shutdown, container } = await utils.startApp({ cwd })
  const eventBus = container.resolve("event_bus") as { subscribe(name: string, fn: (e: { name: string; data: unknown }) => Promise<void>, ctx?: object): void }
  for (const name of (process.env.KARYA_APP_WATCH ?? "").split(",").filter(Boolean)) {
    eventBus.subscribe(
      name,
      async (e) => {
        process.stdout.write(`${EVENT} ${JSON.stringify({ name, data: e.data })}\n`)
      },
      { subscriberId: `karya-second-app-watch-${name}` }
    )
  }
  process.stdout.write(`${READY} ${port}\n`)
  const stop = () => {
    void shutdown().finally(() => process.exit(0))
  }
  process.on("SIGTERM", stop)
  process.on("SIGINT", stop)
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}

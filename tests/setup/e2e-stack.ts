// The one stack every browser test shares: `npm start` on its own ports and a temporary data directory, and one
// Debian Chromium served over playwright's protocol, started once per test run (only when the run has a browser test:
// this is the e2e project's global setup) and stopped, data directory removed, at its end. Test files reach them
// through `inject("e2e")` (tests/helpers/browser-stack.ts). Specs share the data: each one's assertions must hold
// whatever the others wrote before it (new products, payouts, renamed titles), in any order.
import fs from "node:fs"
import { chromium, type BrowserServer } from "playwright-core"
import { readDemo, stackEnv, start, waitFor, type Demo, type Started } from "../helpers/stack"

/** The stack and Chromium, or why they could not start (each browser test then fails with it; the other tests run). */
export type E2eContext = { demo: Demo; dataDir: string; browserWsEndpoint: string } | { error: string }

declare module "vitest" {
  export interface ProvidedContext {
    e2e: E2eContext
  }
}

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]
  const found = candidates.find((p) => p && fs.existsSync(p))
  if (!found) throw new Error("Chromium not found: npm test installs it (scripts/lib/chromium.mjs) or set CHROMIUM_PATH")
  return found
}

let stack: Started | undefined
let browser: BrowserServer | undefined
let dataDir: string | undefined

/** vitest's TestProject, as far as used here (its type lives in the ESM-only "vitest/node") */
type Project = { provide: (key: "e2e", value: E2eContext) => void }

export async function setup(project: Project) {
  let executablePath: string
  try {
    executablePath = chromiumPath() // before the stack: a missing browser fails in a second, not after minutes
  } catch (error) {
    project.provide("e2e", { error: (error as Error).message })
    return
  }
  const env = await stackEnv()
  dataDir = env.dataDir
  const startedAt = Date.now()
  const started = (stack = start(env.env))
  // Ctrl-C on the test run, or a crash before teardown: the stack (a process group of its own) goes with us
  process.once("exit", () => {
    try {
      if (started.child.exitCode === null) started.interrupt()
    } catch {
      // already gone
    }
  })
  try {
    // the first stack of a fresh clone builds the backend (with Medusa Admin) and the storefront: minutes
    await waitFor(started, "Karya Lapas is running.", 900_000)
    browser = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS })
  } catch (error) {
    await teardown()
    project.provide("e2e", { error: error instanceof Error ? error.message : String(error) })
    return
  }
  console.log(`e2e: one stack and one Chromium for every browser test, up in ${Math.round((Date.now() - startedAt) / 1000)} s`)
  project.provide("e2e", { demo: readDemo(env.dataDir), dataDir: env.dataDir, browserWsEndpoint: browser.wsEndpoint() })
}

export async function teardown() {
  await browser?.close().catch(() => {})
  if (stack && stack.child.exitCode === null) {
    stack.interrupt()
    await stack.exited
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
}

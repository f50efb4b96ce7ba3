// The setup every browser test shares: a stack started with `npm start` on its own ports and data directory, and
// Debian's Chromium; both stopped (and the data directory removed) after the file's tests.
import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser } from "playwright-core"
import { readDemo, root, stackEnv, start, waitFor, type Demo, type Started } from "./stack"

export const shots = path.join(root, "screenshots")

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]
  const found = candidates.find((p) => p && fs.existsSync(p))
  if (!found) throw new Error("Chromium not found: npm test installs it (scripts/lib/chromium.mjs) or set CHROMIUM_PATH")
  return found
}

export type BrowserStack = { stack: Started; demo: Demo; browser: Browser; dataDir: string }

/** Registers the file's beforeAll/afterAll; the returned object is filled in once the stack is up. */
export function useBrowserStack(): BrowserStack {
  const ctx = {} as BrowserStack
  beforeAll(async () => {
    const env = await stackEnv()
    ctx.dataDir = env.dataDir
    ctx.stack = start(env.env)
    await waitFor(ctx.stack, "Karya Lapas is running.", 600_000)
    ctx.demo = readDemo(env.dataDir)
    ctx.browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    })
    fs.mkdirSync(shots, { recursive: true })
    // the first stack of a fresh clone builds the backend (with Medusa Admin) and the storefront: minutes, not seconds
  }, 900_000)
  afterAll(async () => {
    await ctx.browser?.close()
    if (ctx.stack && ctx.stack.child.exitCode === null) {
      ctx.stack.interrupt()
      await ctx.stack.exited
    }
    if (ctx.dataDir) fs.rmSync(ctx.dataDir, { recursive: true, force: true })
  }, 120_000)
  return ctx
}

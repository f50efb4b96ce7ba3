// What every browser test shares: the one stack (`npm start` on its own ports and data directory) and the one
// Debian Chromium that the e2e project's global setup (setup/e2e-stack.ts) starts once per test run. Each file
// connects to that Chromium and disconnects after its tests (closing the pages it opened). Specs share the data:
// write what no other spec asserts on, and assert on what no other spec changes (or relative to what you read).
import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser } from "playwright-core"
import { inject } from "vitest"
import type { Demo } from "./stack"

/** tests/e2e/screenshots/ (ignored by git): each spec's steps, for a person to look at */
export const shots = path.join(__dirname, "..", "e2e", "screenshots")

export type BrowserStack = { demo: Demo; browser: Browser; dataDir: string }

/** Registers the file's beforeAll/afterAll; the returned object is filled in before the file's tests run. */
export function useBrowserStack(): BrowserStack {
  const ctx = {} as BrowserStack
  beforeAll(async () => {
    const e2e = inject("e2e")
    if ("error" in e2e) throw new Error(`The browser tests' stack did not start: ${e2e.error}`)
    const { demo, dataDir, browserWsEndpoint } = e2e
    ctx.demo = demo
    ctx.dataDir = dataDir
    ctx.browser = await chromium.connect(browserWsEndpoint)
    fs.mkdirSync(shots, { recursive: true })
  }, 60_000)
  afterAll(async () => {
    await ctx.browser?.close()
  }, 60_000)
  return ctx
}

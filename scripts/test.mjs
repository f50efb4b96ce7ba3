#!/usr/bin/env node
// `npm test`: every workspace's tests (turbo, one workspace at a time: the integration tests boot Medusa and share the
// machine's 2 cores). Integration tests use the PostgreSQL named by DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD when set,
// else one embedded PostgreSQL started here for the whole run. Ends with one line: "tests: N passed, N failed".
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { spawn } from "node:child_process"
import { ensureChromium } from "./lib/chromium.mjs"
import { startEmbeddedPostgres } from "./lib/database.mjs"
import { bin, quietConfigHome, root } from "./lib/project.mjs"

const REPORT = ".vitest-report.json"
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1", MEDUSA_DISABLE_TELEMETRY: "true" }
let embedded = null
let tmp = null

async function main() {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "karya-test-"))
  env.XDG_CONFIG_HOME ??= quietConfigHome(path.join(tmp, "config"))
  env.CHROMIUM_PATH = ensureChromium()
  if (!env.DB_HOST) {
    const port = 55000 + Math.floor(Math.random() * 1000)
    console.log(`No DB_HOST set: starting an embedded PostgreSQL on port ${port} for the tests`)
    embedded = await startEmbeddedPostgres({ dir: path.join(tmp, "data"), port })
    Object.assign(env, { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: "postgres", DB_PASSWORD: "postgres" })
  }

  const workspaces = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).workspaces
  const reports = workspaces
    .flatMap((w) => (w.endsWith("/*") ? dirs(w.slice(0, -2)) : [w]))
    .map((w) => path.join(root, w, REPORT))
  for (const r of reports) fs.rmSync(r, { force: true })

  // Every package built first, two at a time (builds share nothing; the tests below run one at a time), the
  // storefront included: the browser tests' stack then finds everything built (turbo's cache).
  const built = await run(["run", "build", "--concurrency=2", "--continue", "--output-logs=errors-only"])
  if (built !== 0) console.log("\nThe build failed (its output is above); the tests run on what was built, and the run fails.")
  // --only: the builds are done (above), and turbo would hand the arguments after "--" to the build tasks too, which
  // changes their cache key, so every package would build again here and once more in the browser tests' `npm start`.
  const args = ["run", "test", "--only", "--concurrency=1", "--continue", "--", "--reporter=default", "--reporter=json", `--outputFile=${REPORT}`]
  const code = await run([...args, ...process.argv.slice(2)])

  let passed = 0
  let failed = 0
  let skipped = 0
  for (const r of reports) {
    if (!fs.existsSync(r)) continue
    const report = JSON.parse(fs.readFileSync(r, "utf8"))
    passed += report.numPassedTests
    // a file that fails before its tests run (a crashed setup) counts as one failure; its tests count as skipped
    failed += report.numFailedTests + report.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed")).length
    skipped += report.numPendingTests + report.numTodoTests
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}${built !== 0 ? " (and the build failed)" : ""}`)
  return built !== 0 || code !== 0 || failed > 0 || passed === 0 ? 1 : 0
}

/** turbo with these arguments; resolves with its exit code */
function run(turboArgs) {
  return new Promise((resolve) => {
    const child = spawn(bin("turbo"), turboArgs, { cwd: root, env, stdio: "inherit" })
    child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)))
  })
}

function dirs(parent) {
  const full = path.join(root, parent)
  if (!fs.existsSync(full)) return []
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(full, d.name, "package.json")))
    .map((d) => path.join(parent, d.name))
}

async function cleanup() {
  if (embedded) await embedded.stop().catch(() => {})
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await cleanup()
    process.exit(130)
  })
}

main()
  .then(async (code) => {
    await cleanup()
    process.exit(code)
  })
  .catch(async (error) => {
    console.error(error)
    await cleanup()
    process.exit(1)
  })

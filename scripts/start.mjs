#!/usr/bin/env node
// `npm start`: the whole store on one machine with nothing configured. Starts (or reuses) the database and
// Meilisearch, builds what changed, migrates and seeds when needed, starts the backend and the storefront, prints where
// they are and the demo logins, writes them to <data dir>/demo.json, and stops everything on Ctrl-C. See README.md,
// "Configuration". The steps up to the seed are shared with `npm run start:cluster` (scripts/lib/prepare.mjs).
import path from "node:path"
import { startChild, stopChildren } from "./lib/children.mjs"
import { redact } from "./lib/database.mjs"
import { waitForHttp } from "./lib/ports.mjs"
import { loginLines, logStream, prepare, settingsFrom, startStorefront, writeDemo } from "./lib/prepare.mjs"
import { backendBuildDir, bin, root } from "./lib/project.mjs"
import { fail, Steps } from "./lib/ui.mjs"

const env = process.env
const s = settingsFrom(env)
const { backendUrl, storefrontUrl, logDir, dataDir } = s
/** what the shared steps started: the embedded PostgreSQL, Meilisearch */
const started = {}
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  process.stdout.write("\nStopping Karya Lapas…\n")
  await stopChildren()
  if (started.meili) await started.meili.stop().catch(() => {})
  if (started.embedded) await started.embedded.stop().catch(() => {})
  process.stdout.write("Stopped.\n")
  process.exit(code)
}

async function main() {
  const steps = new Steps(8)
  const { databaseUrl, childEnv, publishableKey, searchLine, meiliUrl } = await prepare(s, steps, started)
  const log = (name) => logStream(s, name)

  await steps.run("Starting the backend and Medusa Admin", async () => {
    const backend = startChild("backend", bin("medusa"), ["start"], {
      cwd: backendBuildDir,
      env: childEnv,
      logStream: log("backend"),
      onExit: (code, signal) => {
        if (!stopping) {
          console.error(`\n✘ The backend stopped (${signal ?? `exit ${code}`}); its log is ${path.join(logDir, "backend.log")}`)
          shutdown(1)
        }
      },
    })
    await waitForHttp(`${backendUrl}/health`, { isAlive: () => backend.exitCode === null })
  })

  await steps.run("Starting the storefront", () =>
    startStorefront(s, { childEnv, env, backendUrl, publishableKey, isStopping: () => stopping, shutdown })
  )

  const logins = await writeDemo(s, { backendUrl, databaseUrl, meiliUrl, publishableKey })
  console.log(`
Karya Lapas is running.
  Store          ${storefrontUrl}
${loginLines(logins)}
  Backend API    ${backendUrl}
  Database       ${redact(databaseUrl)}${s.usingEmbedded ? " (embedded, data in " + path.relative(root, dataDir) + "/postgres)" : ""}
  Search         ${searchLine}
  Logs           ${path.relative(root, logDir)}/
Demo settings are in ${path.relative(root, path.join(dataDir, "demo.json"))}. Press Ctrl-C to stop.`)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))
main().catch(async (error) => {
  fail(error)
  await shutdown(1)
})

// The PostgreSQL the integration tests run on: the one DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD name (as on the
// developer and CI machines), else an embedded PostgreSQL started here, so the tests pass on a machine with none.
// Search: the Meilisearch MEILISEARCH_HOST/MEILISEARCH_API_KEY name, else one started here from the pinned npm
// package (a free port, a temporary directory, a random master key); none with KARYA_SEARCH=postgres or where the
// platform has no binary (the search tests then say so).
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"

let stop: (() => Promise<void>) | undefined
let stopSearch: (() => Promise<void>) | undefined

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function startSearch() {
  if (process.env.MEILISEARCH_HOST || process.env.KARYA_SEARCH === "postgres") return
  // @ts-expect-error: a plain ESM helper shared with `npm start`
  const { meilisearchBinary, newMasterKey, noBinaryReason, startMeilisearch } = await import("../../scripts/lib/meilisearch.mjs")
  if (!meilisearchBinary()) {
    console.log(`${noBinaryReason()}: the tests run without Meilisearch (PostgreSQL full-text search)`)
    return
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "karya-test-meili-"))
  const meili = await startMeilisearch({ dir, port: await freePort(), masterKey: newMasterKey() })
  Object.assign(process.env, { MEILISEARCH_HOST: meili.url, MEILISEARCH_API_KEY: meili.masterKey })
  stopSearch = async () => {
    await meili.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export async function setup() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  process.env.LOG_LEVEL ??= "error" // Medusa's logger: migrations and loaders are not news in a test run
  if (!process.env.XDG_CONFIG_HOME) {
    // @ts-expect-error: a plain ESM helper shared with `npm start`
    const { quietConfigHome } = await import("../../scripts/lib/project.mjs")
    process.env.XDG_CONFIG_HOME = quietConfigHome(fs.mkdtempSync(path.join(os.tmpdir(), "karya-config-")))
  }
  // under a dot-directory, as the default `.data/uploads` is
  process.env.KARYA_UPLOAD_DIR ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), "karya-uploads-")), ".data", "uploads")
  await startSearch()
  if (process.env.DB_HOST) return

  // @ts-expect-error: a plain ESM helper shared with `npm start`
  const { startEmbeddedPostgres } = await import("../../scripts/lib/database.mjs")
  const port = 55000 + Math.floor(Math.random() * 1000)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "karya-test-pg-"))
  const embedded = await startEmbeddedPostgres({ dir: path.join(dir, "data"), port })
  Object.assign(process.env, { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: "postgres", DB_PASSWORD: "postgres" })
  stop = async () => {
    await embedded.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export async function teardown() {
  await stopSearch?.()
  await stop?.()
}

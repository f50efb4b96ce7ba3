// Backup and restore (scripts/backup.mjs, scripts/restore.mjs) on a real PostgreSQL: the seeded store with its demo
// sales and the product photos the seed uploaded is backed up, restored into a new database and a new upload folder,
// and the restored copy must hold the same ledger totals per account type, orders, participants, products, the same
// row count in every table, the same files byte for byte, and the ledger's append-only guard. The format that
// `npm run backup` picks depends on the pg_dump installed: pg_dump when one fits the server, else the built-in dump;
// both are restored when both can run, and a forced pg_dump that cannot must fail with one clear line.
import { execFile } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { promisify } from "node:util"
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import pg from "pg"
import { backendDir, seedStore } from "../../helpers/medusa"

const run = promisify(execFile)
const root = path.resolve(__dirname, "..", "..", "..")
const work = fs.mkdtempSync(path.join(os.tmpdir(), "karya-backup-test-"))
const uploads = path.join(work, "uploads")
// the seed's product photos are uploaded here (read when medusa-config loads, before the runner's `env` applies), so
// the backup carries real uploads
process.env.KARYA_UPLOAD_DIR = uploads

type Figures = {
  ledger: { account_type: string; entries: number; total: number }[]
  orders: number
  participants: number
  products: number
  tables: Record<string, number>
}

async function withDb<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

async function figures(url: string): Promise<Figures> {
  return withDb(url, async (c) => {
    const count = async (sql: string) => Number((await c.query(sql)).rows[0].n)
    const ledger = (
      await c.query(
        "SELECT account_type, count(*)::int AS entries, sum(amount)::bigint AS total FROM ledger_entry GROUP BY account_type ORDER BY account_type"
      )
    ).rows.map((r) => ({ account_type: r.account_type, entries: r.entries, total: Number(r.total) }))
    const tables: Record<string, number> = {}
    const names = (await c.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).rows
    for (const { tablename } of names) tables[tablename] = await count(`SELECT count(*) AS n FROM "${tablename}"`)
    return {
      ledger,
      orders: await count(`SELECT count(*) AS n FROM "order" WHERE deleted_at IS NULL`),
      participants: await count("SELECT count(*) AS n FROM participant WHERE deleted_at IS NULL"),
      products: await count("SELECT count(*) AS n FROM product WHERE deleted_at IS NULL"),
      tables,
    }
  })
}

/** sha256 of every file under `dir`, by relative path: computed here, not by the scripts under test. */
function fileSums(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full)
      else out[path.relative(dir, full)] = crypto.createHash("sha256").update(fs.readFileSync(full)).digest("hex")
    }
  }
  walk(dir)
  return out
}

/** Runs one of the scripts; never rejects: the exit code and output are the result. */
async function script(name: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, "scripts", name), ...args], {
      cwd: root,
      env: { ...process.env, ...env, INIT_CWD: root },
      maxBuffer: 10 * 1024 * 1024,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: e.code ?? 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" }
  }
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ getContainer, dbConfig }) => {
    const source = dbConfig.clientUrl
    const restoredDbs: string[] = []

    beforeAll(async () => {
      await seedStore(getContainer(), { sales: true })
      // a nested folder too: the archive must keep the tree
      fs.mkdirSync(path.join(uploads, "nested", "deeper"), { recursive: true })
      fs.writeFileSync(path.join(uploads, "nested", "deeper", "nota.txt"), "Nota penjualan — Rp 75.000\n")
    })

    afterAll(async () => {
      await withDb(withDatabase(source, "postgres"), async (c) => {
        for (const name of restoredDbs) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      })
      fs.rmSync(work, { recursive: true, force: true })
    })

    /** backup → restore into a new database and folder → the same figures. Returns the format used. */
    async function roundTrip(label: string, formatArgs: string[], before: Figures) {
      const started = Date.now()
      const dir = path.join(work, `backup-${label}`)
      const backup = await script("backup.mjs", [dir, ...formatArgs], { DATABASE_URL: source, KARYA_UPLOAD_DIR: uploads })
      expect(backup.stderr).toBe("")
      expect(backup.code).toBe(0)
      expect(backup.stdout).toContain(`Backup written to ${dir}`)
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"))
      const backupSeconds = (Date.now() - started) / 1000

      const name = `karya-restored-${label}-${Date.now()}`
      restoredDbs.push(name)
      const target = withDatabase(source, name)
      const restoredUploads = path.join(work, `uploads-${label}`)
      const restore = await script("restore.mjs", [dir, "--url", target, "--uploads", restoredUploads], {})
      expect(restore.stderr).toBe("")
      expect(restore.code).toBe(0)
      expect(restore.stdout).toContain("checksums match")
      const seconds = (Date.now() - started) / 1000

      const after = await figures(target)
      expect(after.ledger).toEqual(before.ledger)
      expect(after.orders).toBe(before.orders)
      expect(after.participants).toBe(before.participants)
      expect(after.products).toBe(before.products)
      expect(after.tables).toEqual(before.tables)
      expect(fileSums(restoredUploads)).toEqual(fileSums(uploads))

      // the ledger's append-only guard (a trigger) came back too: a restored ledger cannot be edited either
      await withDb(target, async (c) => {
        await expect(c.query("UPDATE ledger_entry SET amount = amount + 1")).rejects.toThrow(/append-only/)
      })

      const ledgerLine = after.ledger.map((l) => `${l.account_type} ${l.entries}×=Rp ${l.total}`).join(", ")
      console.log(
        `backup (${manifest.database.format}): ${after.orders} orders, ${after.participants} participants, ${after.products} products, ` +
          `${Object.keys(after.tables).length} tables, ${Object.keys(fileSums(restoredUploads)).length} files; ledger ${ledgerLine}; ` +
          `backup ${backupSeconds.toFixed(1)} s, backup+restore ${seconds.toFixed(1)} s — restored copy equal`
      )
      return { format: manifest.database.format as string, dir, target }
    }

    it("restores into a new database and folder with the same ledger, orders, participants, products and files", async () => {
      const before = await figures(source)
      // a store with sales, not an empty one: otherwise equal figures would prove little
      expect(before.orders).toBeGreaterThan(0)
      expect(before.ledger.length).toBeGreaterThan(1)
      expect(before.ledger.every((l) => l.entries > 0 && l.total !== 0)).toBe(true)
      expect(before.participants).toBeGreaterThan(0)
      expect(before.products).toBeGreaterThan(0)
      expect(Object.keys(fileSums(uploads)).length).toBeGreaterThan(1)

      const auto = await roundTrip("auto", [], before)
      if (auto.format === "pg_dump") {
        await roundTrip("builtin", ["--format", "builtin"], before)
      } else {
        expect(auto.format).toBe("builtin")
        // no pg_dump fits this server: asking for one says so in one line, and writes nothing
        const dir = path.join(work, "backup-forced")
        const forced = await script("backup.mjs", [dir, "--format", "pg_dump"], { DATABASE_URL: source, KARYA_UPLOAD_DIR: uploads })
        expect(forced.code).toBe(1)
        expect(forced.stderr).toMatch(/^\n?✘ The database server is PostgreSQL \d+ and pg_dump must be version \d+ or newer; found [^\n]+\n?$/)
        expect(forced.stderr).not.toMatch(/\n\s+at /)
        expect(fs.existsSync(dir)).toBe(false)
      }

      // a database that holds tables is not overwritten without --force, and stays as it was
      const again = await script("restore.mjs", [auto.dir, "--url", auto.target, "--uploads", path.join(work, "uploads-again")], {})
      expect(again.code).toBe(1)
      expect(again.stderr).toContain("already holds")
      expect(again.stderr).toContain("--force")
      expect(again.stderr).not.toMatch(/\n\s+at /)
      expect(fs.existsSync(path.join(work, "uploads-again"))).toBe(false)
      expect((await figures(auto.target)).tables).toEqual(before.tables)
    })
  },
})

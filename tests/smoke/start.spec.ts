// `npm start` on the embedded defaults, as a user runs it: comes up, answers, reuses its data the second time, stops
// every process on Ctrl-C, and fails with one clear line when a port is taken or the database cannot be reached.
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { freePort, root, stackEnv, start, waitFor } from "../helpers/stack"

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1")
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("error", () => resolve(false))
  })
}

/** Processes whose command line mentions `marker` (the test's data directory), excluding ps itself. */
function processesMentioning(marker: string): string[] {
  const lines: string[] = []
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
      const environ = fs.readFileSync(`/proc/${pid}/environ`, "utf8")
      if (cmd.includes(marker) || environ.includes(marker)) lines.push(`${pid} ${cmd}`)
    } catch {
      // gone, or not ours to read
    }
  }
  return lines
}

// Its own timeout: a first start builds, migrates and seeds (a minute here, several on a loaded machine); waitFor
// below bounds each wait at 10 minutes, and the test must not be cut off before it.
describe("npm start", { timeout: 660_000 }, () => {
  let dataDir: string
  let ports: { backend: number; storefront: number; pg: number; meili: number }
  let env: Record<string, string>

  beforeAll(async () => {
    ;({ dataDir, ports, env } = await stackEnv())
  })

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it("starts everything on embedded PostgreSQL, serves store, admin and API, and stops cleanly on Ctrl-C", async () => {
    const run = start(env)
    await waitFor(run, "Karya Lapas is running.", 600_000)
    const output = run.output()
    // progress: numbered steps, each ticked off
    expect(output).toMatch(/✔ \[1\/8\] Checking ports/)
    expect(output).toMatch(/✔ \[3\/8\] Starting Meilisearch/)
    expect(output).toMatch(/✔ \[8\/8\] Starting the storefront/)

    const demo = JSON.parse(fs.readFileSync(path.join(dataDir, "demo.json"), "utf8"))
    expect(demo.backendUrl).toBe(`http://localhost:${ports.backend}`)
    expect(demo.storefrontUrl).toBe(`http://localhost:${ports.storefront}`)
    expect(demo.adminUrl).toBe(`http://localhost:${ports.backend}/app`)
    expect(demo.databaseUrl).toContain(`:${ports.pg}/`)
    expect(demo.meilisearchUrl).toBe(`http://127.0.0.1:${ports.meili}`)
    expect(await fetch(`${demo.meilisearchUrl}/health`).then((r) => r.json())).toEqual({ status: "available" })
    expect(demo.publishableKey).toMatch(/^pk_/)
    expect(demo.logins.operator.email).toBeTruthy()

    expect((await fetch(`${demo.backendUrl}/health`)).status).toBe(200)
    const admin = await fetch(demo.adminUrl)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain("<div id=\"medusa\"")

    const products = await fetch(`${demo.backendUrl}/store/products?limit=1&fields=id,thumbnail`, {
      headers: { "x-publishable-api-key": demo.publishableKey },
    }).then((r) => r.json())
    expect(products.count).toBeGreaterThanOrEqual(30)
    const image = await fetch(products.products[0].thumbnail)
    expect(image.status).toBe(200)
    expect(image.headers.get("content-type")).toContain("image/svg+xml")

    const page = await fetch(demo.storefrontUrl)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain("<div id=\"root\">")
    const config = await fetch(`${demo.storefrontUrl}/config.json`).then((r) => r.json())
    expect(config).toEqual({ backendUrl: demo.backendUrl, publishableKey: demo.publishableKey })

    // the operator can sign in to Medusa Admin with the printed login
    const login = await fetch(`${demo.backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: demo.logins.operator.email, password: demo.logins.operator.password }),
    })
    expect(login.status).toBe(200)
    // and keeps a session over plain http: the cookie is not marked Secure there
    const { token } = await login.json()
    const session = await fetch(`${demo.backendUrl}/auth/session`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
    const cookie = session.headers.get("set-cookie") ?? ""
    expect(cookie).toContain("connect.sid=")
    expect(cookie.toLowerCase()).not.toContain("secure")
    const me = await fetch(`${demo.backendUrl}/admin/users/me`, { headers: { cookie: cookie.split(";")[0]! } })
    expect(me.status).toBe(200)

    run.interrupt()
    expect(await run.exited).toBe(0)
    expect(run.output()).toMatch(/\nStopped\.\n/)
    for (const port of Object.values(ports)) expect(await listening(port)).toBe(false)
    expect(processesMentioning(dataDir)).toEqual([])
  })

  it("reuses the data the second time: no migration, no seeding", async () => {
    const run = start(env)
    await waitFor(run, "Karya Lapas is running.", 300_000)
    expect(run.output()).toMatch(/✔ \[5\/8\] Migrating the database — up to date/)
    expect(run.output()).toMatch(/✔ \[6\/8\] Loading the demo data — already loaded/)
    run.interrupt()
    expect(await run.exited).toBe(0)
    expect(processesMentioning(dataDir)).toEqual([])
  })

  it("stops with one clear line when a port is taken", async () => {
    const blocker = net.createServer().listen(ports.backend)
    try {
      const run = start(env)
      expect(await run.exited).toBe(1)
      expect(run.output()).toContain(`Port ${ports.backend} is already in use (PORT)`)
      expect(run.output()).not.toMatch(/\n\s+at /) // no stack trace
    } finally {
      blocker.close()
    }
  })

  it("stops with one clear line when DATABASE_URL cannot be reached", async () => {
    const closed = await freePort()
    const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
      cwd: root,
      env: { ...process.env, ...env, DATABASE_URL: `postgres://postgres:secret@localhost:${closed}/karya` },
    })
    let out = ""
    child.stdout.on("data", (c) => (out += c))
    child.stderr.on("data", (c) => (out += c))
    const code = await new Promise((resolve) => child.on("exit", resolve))
    expect(code).toBe(1)
    expect(out).toContain("Cannot reach the database of DATABASE_URL")
    expect(out).not.toContain("secret") // the password is not printed
    expect(out).not.toMatch(/\n\s+at /)
  })
})

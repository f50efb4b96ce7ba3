// In a real browser (Debian's Chromium), on the shared `npm start` stack: the operator signs in to Medusa Admin, opens
// "Kampanye CSR" from the sidebar (the plugin's page in the built admin), sees the seeded programs and SMEXPO 2026,
// gets the server's 400 / 409 under the field it names (and nothing is written), creates a CSR staff account for PATRA
// Academy which then signs in and sees PATRA Academy only, deactivates it (the portal then refuses it), downloads a
// program report and an expo's tag sheet as PDFs under the server's names, and sees SMEXPO's dashboard figures equal
// to those its CSR team gets. Screenshots go to screenshots/.
import fs from "node:fs"
import path from "node:path"
import type { Page } from "playwright-core"
import { onTestFailed } from "vitest"
import { DEMO_CSR } from "@karya/seed"
import { shots, useBrowserStack } from "../helpers/browser-stack"

type Program = { id: string; handle: string; name: string; sdg_targets: string[] }

const rupiah = (amount: number) =>
  new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 })
    .format(amount)
    .replace(/[\u00a0\u2009\u202f]/g, " ")

describe("Kampanye CSR in Medusa Admin (Chromium)", () => {
  const ctx = useBrowserStack()
  // unique per run: specs share the stack's data, and a rerun must not collide with an earlier account
  const email = `csr.patra.${Date.now()}@karyalapas.id`
  const password = "patra-academy-2026"

  /** A page whose state is saved as a screenshot when the test fails (what the admin showed is the first clue). */
  async function newPage(name: string, options: { acceptDownloads?: boolean } = {}) {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 1000 }, ...options })
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(shots, `${name}-failed.png`), fullPage: true }).catch(() => {})
    })
    return page
  }

  async function signIn(page: Page) {
    await page.goto(`${ctx.demo.adminUrl}/login`)
    await page.locator('input[name="email"]').fill(ctx.demo.logins.operator.email)
    await page.locator('input[name="password"]').fill(ctx.demo.logins.operator.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname.startsWith("/app") && !url.pathname.startsWith("/app/login"), { timeout: 60_000 })
  }

  const api = async (pathname: string, init: RequestInit = {}) => {
    const res = await fetch(`${ctx.demo.backendUrl}${pathname}`, {
      ...init,
      headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) },
    })
    return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null }
  }

  const csrSignIn = async (login: { email: string; password: string }) =>
    api("/auth/csr_staff/emailpass", { method: "POST", body: JSON.stringify(login) })

  it("shows the programs and expos, and creates a CSR account that sees only its program", async () => {
    const page = await newPage("admin-campaigns")
    await signIn(page)

    // the plugin's page is in the sidebar of the built admin
    await page.getByRole("link", { name: "Kampanye CSR" }).click()
    await page.waitForURL(/\/app\/csr$/)
    await page.getByRole("heading", { name: "Program CSR" }).waitFor()

    const programs = page.getByTestId("programs-section")
    const row = (name: string) => programs.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) })
    for (const name of ["Srikandi Mandiri", "PATRA Academy", "Srikandi Perubahan"]) await row(name).waitFor()
    await row("PATRA Academy").getByText("Kilang Pertamina Plaju (Refinery Unit III)").waitFor()
    await row("PATRA Academy").getByText("1.4", { exact: true }).waitFor()
    await row("PATRA Academy").getByText("LPP Palembang").waitFor()
    await row("Srikandi Perubahan").getByText("Lapas Perempuan Jambi").waitFor()

    const smexpo = page.getByTestId("expos-section").getByRole("row").filter({ hasText: "SMEXPO 2026" })
    await smexpo.waitFor()
    const expoText = (await smexpo.innerText()).replace(/[\u00a0\u2009\u202f]/g, " ")
    expect(expoText).toContain("Srikandi Mandiri")
    expect(expoText).toContain("Palembang")
    expect(expoText).toContain("4–6 Des 2026")
    expect(expoText).toContain("SMEXPO26")
    await page.screenshot({ path: path.join(shots, "admin-campaigns.png"), fullPage: true })

    // A new CSR account for PATRA Academy; a password that is too short comes back as a 400 under its field
    const staff = page.getByTestId("csr-staff-section")
    await staff.getByRole("button", { name: "Tambah staf CSR" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByLabel("Nama", { exact: true }).fill("Tim CSR PATRA Academy")
    await drawer.getByLabel("Email", { exact: true }).fill(email)
    await drawer.getByRole("checkbox", { name: /^PATRA Academy/ }).click()
    await drawer.getByLabel("Kata sandi awal").fill("pendek")
    await drawer.getByRole("button", { name: "Buat akun" }).click()
    const passwordError = drawer.locator('[data-field-error="csr-staff-password"]')
    await passwordError.waitFor()
    expect(await passwordError.innerText()).toBe("Minimal 10 karakter.")
    expect(await drawer.locator("[data-field-error]").count()).toBe(1)
    expect((await csrSignIn({ email, password: "pendek" })).status).toBe(401)
    await page.screenshot({ path: path.join(shots, "admin-campaigns-staff-error.png") })

    await drawer.getByLabel("Kata sandi awal").fill(password)
    await drawer.getByRole("button", { name: "Buat akun" }).click()
    await drawer.waitFor({ state: "detached" })
    const account = staff.getByRole("row").filter({ hasText: email })
    await account.getByText("Tim CSR PATRA Academy").waitFor()
    expect(await account.getByRole("cell").nth(2).innerText()).toBe("PATRA Academy")
    await account.getByText("Aktif", { exact: true }).waitFor()

    // She signs in to the CSR portal and sees PATRA Academy, and nothing of the other programs
    const login = await csrSignIn({ email, password })
    expect(login.status).toBe(200)
    const token = login.body!.token as string
    const mine = await api("/portal/csr/programs", { headers: { authorization: `Bearer ${token}` } })
    expect(mine.status).toBe(200)
    const names = (mine.body!.programs as Program[]).map((p) => p.name)
    expect(names).toEqual(["PATRA Academy"])
    expect(JSON.stringify(mine.body)).not.toContain("Srikandi")
    const expos = await api("/portal/csr/expos", { headers: { authorization: `Bearer ${token}` } })
    expect(JSON.stringify(expos.body)).not.toContain("SMEXPO")

    // Deactivated, her account no longer opens the portal
    await account.getByRole("button", { name: "Nonaktifkan" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Nonaktifkan" }).click()
    await account.getByText("Nonaktif", { exact: true }).waitFor()
    const refused = await api("/portal/csr/programs", { headers: { authorization: `Bearer ${token}` } })
    expect(refused.status).toBe(401)
    await page.close()
  })

  it("edits a program with the server's 400 under its field, and downloads its report and an expo's tags", async () => {
    const page = await newPage("admin-campaigns-program", { acceptDownloads: true })
    await signIn(page)
    await page.goto(`${ctx.demo.adminUrl}/csr`)

    // A new program under a name that is taken: the handle suggested from it comes back as a 409 under "Handle"
    await page.getByRole("button", { name: "Buat program" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByLabel("Nama program").fill("PATRA Academy")
    expect(await drawer.getByLabel("Handle").inputValue()).toBe("patra-academy")
    await drawer.getByLabel("Perusahaan sponsor").fill("PT Uji Peramban")
    await drawer.getByRole("checkbox", { name: /^LPP Kelas IIA Palembang/ }).click()
    await drawer.getByRole("button", { name: "Simpan program" }).click()
    const handleError = drawer.locator('[data-field-error="program-create-handle"]')
    await handleError.waitFor()
    expect(await handleError.innerText()).toBe("Sudah dipakai.")
    await drawer.getByRole("button", { name: "Batal" }).click()
    await drawer.waitFor({ state: "detached" })
    const listed = await api("/store/programs", { headers: { "x-publishable-api-key": ctx.demo.publishableKey } })
    expect(JSON.stringify(listed.body)).not.toContain("PT Uji Peramban")

    await page.getByTestId("programs-section").getByRole("link", { name: "PATRA Academy", exact: true }).click()
    await page.waitForURL(/\/app\/csr\/programs\/prog_/)
    await page.getByRole("heading", { name: "PATRA Academy", level: 1 }).waitFor()

    // An SDG target that is not a number: the API's 400 shows under the field, and nothing changes
    const sdg = page.getByLabel(/^Target SDG/)
    expect(await sdg.inputValue()).toBe("1.4")
    await sdg.fill("1.4, satu")
    await page.getByText("Tersimpan sebagai: “1.4”, “satu”").waitFor()
    await page.getByRole("button", { name: "Simpan", exact: true }).click()
    const sdgError = page.locator('[data-field-error="program-edit-sdg_targets"]')
    await sdgError.waitFor()
    expect(await sdgError.innerText()).toBe("Gunakan nomor target SDG, mis. 1.4.")
    const store = await api("/store/programs/patra-academy", { headers: { "x-publishable-api-key": ctx.demo.publishableKey } })
    expect((store.body!.program as Program).sdg_targets).toEqual(["1.4"])
    await page.screenshot({ path: path.join(shots, "admin-campaigns-program-error.png"), fullPage: true })
    await page.getByRole("button", { name: "Batalkan perubahan" }).click()
    expect(await sdg.inputValue()).toBe("1.4")
    expect(await sdgError.count()).toBe(0)

    // Srikandi Mandiri's page: its expo, its impact report as a PDF, SMEXPO's tag sheet as a PDF
    await page.goto(`${ctx.demo.adminUrl}/csr`)
    await page.getByTestId("programs-section").getByRole("link", { name: "Srikandi Mandiri", exact: true }).click()
    await page.getByRole("heading", { name: "Srikandi Mandiri", level: 1 }).waitFor()
    const expoRow = page.getByRole("row").filter({ hasText: "SMEXPO 2026" })
    await expoRow.waitFor()

    const pdf = async (click: () => Promise<void>) => {
      const [download] = await Promise.all([page.waitForEvent("download"), click()])
      // the browser runs apart from this process (one Chromium for every browser test): the file is copied here
      const saved = path.join(shots, `admin-${download.suggestedFilename()}`)
      await download.saveAs(saved)
      return { name: download.suggestedFilename(), head: fs.readFileSync(saved).subarray(0, 5).toString("latin1") }
    }
    const report = await pdf(() => page.getByRole("button", { name: "Unduh PDF" }).click())
    // saved under the server's name (Content-Disposition), which carries the report's period
    expect(report.name).toMatch(/^laporan-srikandi-mandiri-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.pdf$/)
    expect(report.head).toBe("%PDF-")
    const tags = await pdf(() => expoRow.getByRole("button", { name: "Label QR" }).click())
    expect(tags.name).toBe("label-smexpo-2026.pdf")
    expect(tags.head).toBe("%PDF-")

    // SMEXPO's dashboard figures are the ones its CSR team sees in the portal
    const csr = await csrSignIn({ email: DEMO_CSR.email, password: DEMO_CSR.password })
    const bearer = { authorization: `Bearer ${csr.body!.token as string}` }
    const portalExpos = (await api("/portal/csr/expos", { headers: bearer })).body!.expos as { id: string; handle: string }[]
    const smexpo = portalExpos.find((e) => e.handle === "smexpo-2026")!
    const figures = (await api(`/portal/csr/expos/${smexpo.id}/report`, { headers: bearer })).body!.report as {
      totals: { orders: number; revenue: number; premi: number }
    }
    await expoRow.getByRole("button", { name: "Laporan SMEXPO 2026" }).click()
    const reportDrawer = page.getByRole("dialog")
    await reportDrawer.getByRole("heading", { name: "Laporan SMEXPO 2026" }).waitFor()
    const figure = async (id: string) => (await reportDrawer.getByTestId(id).innerText()).replace(/[\u00a0\u2009\u202f]/g, " ")
    expect(await figure("expo-report-orders")).toBe(String(figures.totals.orders))
    expect(await figure("expo-report-revenue")).toBe(rupiah(figures.totals.revenue))
    expect(await figure("expo-report-premi")).toBe(rupiah(figures.totals.premi))
    await page.screenshot({ path: path.join(shots, "admin-campaigns-expo-report.png") })
    await page.screenshot({ path: path.join(shots, "admin-campaigns-program.png"), fullPage: true })
    await page.close()
  })
})

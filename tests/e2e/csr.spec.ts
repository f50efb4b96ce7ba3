// In a real browser (Debian's Chromium), on the shared `npm start` stack: a CSR officer of Srikandi Mandiri signs in to
// the Portal's CSR section on a tablet, creates an expo with two of LPP Palembang's products, downloads its QR tag
// sheet, sells one item for cash at the booth (scanned by SKU), sees the receipt and the sale in the list, finds it
// counted on the expo's dashboard, and downloads the program's impact report as PDF. No page shows a participant's
// legal name or registration number. Screenshots go to screenshots/.
import fs from "node:fs"
import path from "node:path"
import type { Page, Response } from "playwright-core"
import { DEMO_CSR, participants } from "@karya/seed"
import { shots, useBrowserStack } from "../helpers/browser-stack"

const TABLET = { width: 1024, height: 768 }
const PHONE = { width: 390, height: 844 }

/** YYYY-MM-DD in Jakarta, `days` from now */
const jakartaDay = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)
const rupiahText = (amount: number) =>
  new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 }).format(amount)

describe("The CSR portal in Chromium", () => {
  const ctx = useBrowserStack()

  /** Nothing private about any maker on the page as the officer sees it. */
  async function expectNoPrivateData(page: Page) {
    const text = await page.locator("body").innerText()
    for (const p of participants) {
      expect(text).not.toContain(p.legal_name)
      expect(text).not.toContain(p.registration_number)
    }
  }

  /** The page fits a phone: nothing wider than the screen. */
  async function expectFitsPhone(page: Page, shot: string) {
    await page.setViewportSize(PHONE)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: path.join(shots, `${shot}-phone.png`), fullPage: true })
    await page.setViewportSize(TABLET)
  }

  /** Clicks, waits for the file and the response it came from; returns the saved file and its content type. */
  async function download(page: Page, button: string, route: RegExp) {
    const [file, response] = await Promise.all([
      page.waitForEvent("download"),
      page.waitForResponse((r: Response) => route.test(r.url()) && r.request().method() === "GET"),
      page.getByRole("button", { name: button }).click(),
    ])
    // the browser runs apart from this process (one Chromium for every browser test): the file is copied here
    const saved = path.join(shots, `csr-${file.suggestedFilename()}`)
    await file.saveAs(saved)
    return { name: file.suggestedFilename(), body: fs.readFileSync(saved), type: response.headers()["content-type"] ?? "" }
  }

  it("lets an officer create an expo, print its tags, sell at its booth and see the sale in her reports", async () => {
    const page = await ctx.browser.newPage({ viewport: TABLET, acceptDownloads: true })
    const base = `${ctx.demo.storefrontUrl}/portal/csr`

    // Signed out: the section sends her to its own sign-in, and back afterwards.
    await page.goto(base)
    await page.waitForURL(/\/portal\/csr\/masuk/)
    await page.getByLabel("Email").fill(DEMO_CSR.email)
    await page.getByLabel("Kata sandi").fill("salah-sekali")
    await page.getByRole("button", { name: "Masuk" }).click()
    await page.getByText("Email atau kata sandi salah.").waitFor()
    await page.getByLabel("Kata sandi").fill(DEMO_CSR.password)
    await page.getByRole("button", { name: "Masuk" }).click()
    await page.getByRole("heading", { name: "Ringkasan", level: 1 }).waitFor()
    expect(new URL(page.url()).pathname).toBe("/portal/csr")

    // Her program (sponsor, facility) and the seeded expo with its Jakarta dates; nobody else's program.
    await page.getByText(DEMO_CSR.name).first().waitFor()
    await page.getByRole("heading", { name: "Srikandi Mandiri", level: 3 }).waitFor()
    await page.getByText("Pertamina Patra Niaga Regional Sumbagsel").first().waitFor()
    await page.getByText("LPP Kelas IIA Palembang (Palembang)").waitFor()
    await page.getByRole("link", { name: "SMEXPO 2026" }).waitFor()
    await page.getByText("4–6 Desember 2026, 09.00–21.00 WIB").waitFor()
    expect(await page.locator("body").innerText()).not.toContain("PATRA Academy")
    await expectNoPrivateData(page)
    await page.screenshot({ path: path.join(shots, "csr-overview-tablet.png"), fullPage: true })
    await expectFitsPhone(page, "csr-overview")

    // A new expo: the handle follows the name; a taken handle is refused under its field; two products picked.
    const suffix = Date.now().toString(36)
    const name = `Bazar Uji Peramban ${suffix}`
    await page.getByRole("link", { name: "Buat expo" }).click()
    await page.getByRole("heading", { name: "Expo baru", level: 1 }).waitFor()
    await page.getByRole("button", { name: "Buat expo" }).click()
    expect(await page.getByText("Wajib diisi.").count()).toBeGreaterThanOrEqual(4)
    await page.getByRole("textbox", { name: /^Nama expo/ }).fill(name)
    expect(await page.getByRole("textbox", { name: /^Handle/ }).inputValue()).toBe(`bazar-uji-peramban-${suffix}`)
    await page.getByRole("textbox", { name: /^Tempat/ }).fill("Atrium Palembang Indah Mall")
    await page.getByRole("textbox", { name: /^Kota/ }).fill("Palembang")
    await page.getByLabel(/^Tanggal mulai/).fill(jakartaDay(-1))
    await page.getByLabel(/^Jam mulai/).fill("08:00")
    await page.getByLabel(/^Tanggal selesai/).fill(jakartaDay(2))
    await page.getByLabel(/^Jam selesai/).fill("21:00")
    expect(await page.getByRole("combobox", { name: /^Program/ }).inputValue()).not.toBe("")
    await page.getByLabel("Keripik Tempe", { exact: true }).check()
    await page.getByLabel("Keripik Pisang", { exact: true }).check()
    await page.getByText("2 produk dipilih").waitFor()
    await page.getByRole("textbox", { name: /^Handle/ }).fill("smexpo-2026")
    await page.getByRole("button", { name: "Buat expo" }).click()
    await page.getByText("handle: an expo with handle smexpo-2026 already exists").waitFor()
    expect(await page.getByRole("textbox", { name: /^Handle/ }).getAttribute("aria-invalid")).toBe("true")
    await page.getByRole("textbox", { name: /^Handle/ }).fill("")
    expect(await page.getByRole("textbox", { name: /^Handle/ }).inputValue()).toBe(`bazar-uji-peramban-${suffix}`)
    await page.screenshot({ path: path.join(shots, "csr-expo-new-tablet.png"), fullPage: true })
    await page.getByRole("button", { name: "Buat expo" }).click()
    await page.waitForURL(/\/portal\/csr\/expo\/expo_[^/]+$/)
    await page.getByRole("heading", { name, level: 1 }).waitFor()
    await page.getByRole("heading", { name: "Produk unggulan (2)" }).waitFor()
    await expectNoPrivateData(page)

    // The tag sheet, two of each tag: a PDF fetched with her token.
    await page.getByLabel("Salinan label per produk").fill("2")
    const tags = await download(page, "Unduh label QR (PDF)", /\/documents\/tags\?copies=2$/)
    expect(tags.type).toMatch(/^application\/pdf/)
    expect(tags.body.subarray(0, 5).toString()).toBe("%PDF-")
    expect(tags.body.length).toBeGreaterThan(2_000)
    await page.getByText(`${tags.name} diunduh.`).waitFor()
    await page.screenshot({ path: path.join(shots, "csr-expo-tablet.png"), fullPage: true })

    // The booth: an unknown SKU is refused; a scanned SKU adds its variant; cash; the receipt; the sale in the list.
    await page.getByRole("link", { name: "Buka booth" }).first().click()
    await page.getByRole("heading", { name: `Booth ${name}`, level: 1 }).waitFor()
    await page.getByText("Keripik Pisang").first().waitFor()
    const sku = page.getByLabel("SKU (pindai kode batang)")
    await sku.fill("TIDAK-ADA-123")
    await sku.press("Enter")
    await page.getByText("SKU TIDAK-ADA-123 tidak ada di booth ini.").waitFor()
    await sku.fill("kl-plg-mr-tempe-ori")
    await sku.press("Enter")
    await page.getByText("Keripik Tempe — Original masuk keranjang.").waitFor()
    expect(await sku.inputValue()).toBe("")
    expect(await page.getByTestId("basket-total").innerText()).toBe(rupiahText(20_000))
    expect(await page.getByLabel("Tunai").isChecked()).toBe(true)
    await page.screenshot({ path: path.join(shots, "csr-booth-basket-tablet.png"), fullPage: true })
    await page.getByRole("button", { name: "Buat pesanan" }).click()
    const receipt = page.getByRole("heading", { name: /^Pesanan #\d+ tercatat$/ })
    await receipt.waitFor()
    const orderNumber = /#(\d+)/.exec(await receipt.innerText())![1]!
    await page.getByText("Dibayar Tunai · lunas").waitFor()
    const row = page.getByRole("row", { name: new RegExp(`#${orderNumber}\\b`) })
    await row.waitFor()
    expect(await row.innerText()).toMatch(/Booth[\s\S]*Tunai[\s\S]*1[\s\S]*Rp\s?20\.000/)
    await page.screenshot({ path: path.join(shots, "csr-booth-receipt-tablet.png"), fullPage: true })
    await page.getByRole("button", { name: "Penjualan baru" }).click()
    await page.getByText("Keranjang kosong. Pilih produk atau pindai SKU.").waitFor()
    await expectNoPrivateData(page)
    await expectFitsPhone(page, "csr-booth")

    // The dashboard counts the sale, from the booth.
    await page.getByRole("link", { name: "Dasbor" }).first().click()
    await page.getByRole("heading", { name: `Dasbor ${name}`, level: 1 }).waitFor()
    expect(await page.getByTestId("kpi-orders").innerText()).toMatch(/^1\s+Pesanan$/)
    expect(await page.getByTestId("kpi-revenue").innerText()).toContain(rupiahText(20_000))
    await page.getByRole("img", { name: /Pendapatan dan premi per hari/ }).waitFor()
    await page.getByText("Keripik Tempe").first().waitFor()
    await expectNoPrivateData(page)
    await page.screenshot({ path: path.join(shots, "csr-dashboard-tablet.png"), fullPage: true })
    // in English too (its strings load with the toggle), then back
    await page.getByRole("button", { name: "English" }).click()
    await page.getByRole("heading", { name: `${name} dashboard`, level: 1 }).waitFor()
    expect(await page.getByTestId("kpi-orders").innerText()).toMatch(/^1\s+Orders$/)
    await page.getByRole("button", { name: "Bahasa Indonesia" }).click()
    await page.getByRole("heading", { name: `Dasbor ${name}`, level: 1 }).waitFor()

    // The program's impact report lists the expo and downloads as a PDF.
    await page.getByRole("link", { name: "Srikandi Mandiri" }).first().click()
    await page.getByRole("heading", { name: "Laporan dampak Srikandi Mandiri", level: 1 }).waitFor()
    await page.getByRole("row", { name: /LPP Kelas IIA Palembang/ }).first().waitFor()
    await page.getByRole("row", { name: new RegExp(name) }).waitFor()
    await expectNoPrivateData(page)
    await page.screenshot({ path: path.join(shots, "csr-program-report-tablet.png"), fullPage: true })
    const report = await download(page, "Unduh PDF", /\/programs\/prog_[^/]+\/report\?.*format=pdf/)
    expect(report.type).toMatch(/^application\/pdf/)
    expect(report.body.subarray(0, 5).toString()).toBe("%PDF-")
    await expectFitsPhone(page, "csr-program-report")

    // Signing out leaves the section; its pages then ask for sign-in again.
    await page.getByRole("button", { name: "Keluar" }).click()
    await page.waitForURL(/\/portal\/csr\/masuk/)
    await page.goto(`${base}/expo/baru`)
    await page.waitForURL(/\/portal\/csr\/masuk\?redirect=/)
    await page.close()
  })
})

// In a real browser (Debian's Chromium), on a stack started with `npm start` with its demo sales: a facility manager
// opens Keuangan in the Portal, sees a participant's premi balance, is refused a payout above it, records one within
// it and sees the balance drop, then downloads her monthly statement as CSV; a buyer sees on /dampak what the makers
// have received. Screenshots go to screenshots/.
import fs from "node:fs"
import path from "node:path"
import type { Page } from "playwright-core"
import { participants } from "@karya/seed"
import { shots, useBrowserStack } from "../helpers/browser-stack"

/** "Rp 1.234.000" (with a no-break space) → 1234000 */
const rupiahValue = (text: string) => Number(text.replace(/[^\d-]/g, ""))
const rupiahText = (amount: number) =>
  new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 }).format(amount)

const PAYOUT = 25_000

describe("The makers' ledger in Chromium", () => {
  const ctx = useBrowserStack()

  async function signIn(page: Page, facility: string, role: "manager" | "staff") {
    const login = ctx.demo.logins.facilities.find((l) => l.facility === facility && l.role === role)!
    await page.goto(`${ctx.demo.storefrontUrl}/portal/masuk`)
    await page.getByLabel("Email").fill(login.email)
    await page.getByLabel("Kata sandi").fill(login.password)
    await page.getByRole("button", { name: "Masuk" }).click()
    await page.getByRole("link", { name: "Keuangan" }).waitFor()
  }

  const balanceOf = async (page: Page) => rupiahValue(await page.getByTestId("participant-balance").innerText())

  it("lets a manager pay out a participant's premi within her balance and download her statement", async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1024, height: 1366 }, acceptDownloads: true })
    await signIn(page, "lapas-perempuan-jambi", "manager")

    await page.getByRole("link", { name: "Keuangan" }).click()
    await page.getByRole("heading", { name: "Premi peserta" }).waitFor()
    await page.getByText("Template pembagian yang berlaku").waitFor()
    await page.screenshot({ path: path.join(shots, "portal-revenue-tablet.png"), fullPage: true })

    await page.getByRole("row", { name: /Ibu Rini/ }).getByRole("link", { name: "Ibu Rini" }).click()
    await page.waitForURL(/\/portal\/keuangan\/peserta\/ptc_/)
    await page.getByRole("heading", { name: "Ibu Rini" }).waitFor()
    await page.getByRole("heading", { name: "Catatan buku besar" }).waitFor()
    const before = await balanceOf(page)
    // The demo sales credited her (angso duo batik and her motifs' royalties) and one payout went into her savings.
    expect(before).toBeGreaterThan(PAYOUT)
    await page.getByRole("cell", { name: "Pembayaran premi" }).first().waitFor()

    // More than her balance: the server refuses (409) and the form says what her balance is.
    const amount = page.getByLabel(/^Jumlah \(Rp\)/)
    await amount.fill(String(before + 1))
    await page.getByLabel(/^Cara pembayaran/).selectOption({ label: "Disetor ke tabungan" })
    await page.getByRole("button", { name: "Catat pembayaran" }).click()
    await page.getByText(`Saldo Ibu Rini saat ini: ${rupiahText(before)}.`).waitFor()
    expect(await balanceOf(page)).toBe(before)

    // Within it: recorded, and the balance drops by exactly the payout.
    await amount.fill(rupiahText(PAYOUT))
    await page.getByLabel("Catatan", { exact: true }).fill("Uji peramban: premi untuk kebutuhan keluarga")
    await page.getByRole("button", { name: "Catat pembayaran" }).click()
    await page.getByText("Pembayaran premi tercatat.").waitFor()
    await page.getByTestId("participant-balance").getByText(rupiahText(before - PAYOUT)).waitFor()
    await page.getByRole("cell", { name: /Uji peramban/ }).waitFor()
    await page.screenshot({ path: path.join(shots, "portal-revenue-participant-tablet.png"), fullPage: true })

    // This month's statement as CSV: fetched with the staff token, saved by the ctx.browser.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh CSV" }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    // the browser runs apart from this process (one Chromium for every browser test): the file is copied here
    const saved = path.join(shots, `revenue-${download.suggestedFilename()}`)
    await download.saveAs(saved)
    const csv = fs.readFileSync(saved, "utf8")
    expect(csv).toContain("Uji peramban: premi untuk kebutuhan keluarga")
    expect(csv).toMatch(new RegExp(`Saldo akhir"?,"?${before - PAYOUT}\\b`))
    await page.getByText(/\.csv diunduh\./).waitFor()
    await page.close()
  })

  it("shows staff who are not managers the ledger without a payout form", async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1024, height: 1366 } })
    await signIn(page, "lapas-perempuan-jambi", "staff")
    await page.goto(`${ctx.demo.storefrontUrl}/portal/keuangan`)
    await page.getByRole("row", { name: /Ibu Rini/ }).getByRole("link", { name: "Ibu Rini" }).click()
    await page.getByText("Hanya pengelola lapas yang dapat mencatat pembayaran premi.").waitFor()
    expect(await page.getByRole("button", { name: "Catat pembayaran" }).count()).toBe(0)
    await page.getByRole("button", { name: "Unduh PDF" }).waitFor()
    await page.close()
  })

  it("shows a buyer on a phone what the makers have received, and no one's private data", async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(ctx.demo.storefrontUrl)
    await page.getByRole("link", { name: "Dampak" }).first().click()
    await page.waitForURL(/\/dampak$/)
    await page.getByText("untuk para pembuat").first().waitFor()
    const total = rupiahValue(await page.getByTestId("makers-total").innerText())
    expect(total).toBeGreaterThan(0)
    await page.getByText("Lapas Perempuan Kelas IIB Jambi").waitFor()
    const text = await page.locator("body").innerText()
    for (const p of participants) {
      expect(text).not.toContain(p.legal_name)
      expect(text).not.toContain(p.registration_number)
    }
    await page.screenshot({ path: path.join(shots, "store-impact-phone.png"), fullPage: true })

    // The product page says what share of the price reaches the makers.
    await page.goto(`${ctx.demo.storefrontUrl}/products/batik-tulis-angso-duo-sogan`)
    await page
      .getByText(/^Sekitar \d+(,\d+)?% dari harga \(Rp\s?[\d.]+ dari Rp\s?[\d.]+\) menjadi premi para pembuatnya\.$/)
      .waitFor()
    await page.close()
  })
})

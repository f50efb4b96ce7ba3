// In a real browser (Debian's Chromium), on a stack started with `npm start`: a buyer sees the catalogue in rupiah;
// a facility manager signs in to the Portal on a tablet, lists a new product with a photo and a maker, and it appears
// in the store under her facility with the maker shown as she consented. Screenshots go to screenshots/.
import fs from "node:fs"
import path from "node:path"

import { participants } from "@karya/seed"
import { shots, useBrowserStack } from "../helpers/browser-stack"

const PNG_1PX = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64"
)

describe("Portal Lapas in Chromium", () => {
  const ctx = useBrowserStack()

  it("shows a buyer on a phone the catalogue with rupiah prices, and no private data", async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(ctx.demo.storefrontUrl)
    await page.getByRole("heading", { name: "Katalog" }).waitFor()
    await page.getByText(/Rp\s?\d{1,3}(\.\d{3})+/).first().waitFor()
    const text = await page.locator("body").innerText()
    for (const p of participants) expect(text).not.toContain(p.legal_name)
    await page.screenshot({ path: path.join(shots, "store-home-phone.png"), fullPage: false })
    await page.close()
  })

  it("shows a buyer the motif's credit line and the makers on a batik product", async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${ctx.demo.storefrontUrl}/products/batik-tulis-angso-duo-sogan`)
    await page
      .getByText("Angso Duo Lapuanja — Pencipta: Ibu Rini, Ibu S. — DJKI No. 000450101 — Pemegang hak: Lapas Perempuan Kelas IIB Jambi")
      .waitFor()
    await page.getByText("Ibu Rini").first().waitFor()
    const text = await page.locator("body").innerText()
    for (const p of participants) expect(text).not.toContain(p.legal_name)
    await page.screenshot({ path: path.join(shots, "store-product-motif-phone.png"), fullPage: true })
    await page.close()
  })

  it("lets a manager register a motif in the Portal and attach it to a product, which then credits it", async () => {
    const manager = ctx.demo.logins.facilities.find((l) => l.facility === "lapas-perempuan-tangerang" && l.role === "manager")!
    const page = await ctx.browser.newPage({ viewport: { width: 1024, height: 1366 } })
    await page.goto(`${ctx.demo.storefrontUrl}/portal/masuk`)
    await page.getByLabel("Email").fill(manager.email)
    await page.getByLabel("Kata sandi").fill(manager.password)
    await page.getByRole("button", { name: "Masuk" }).click()
    await page.getByText("Lapas Perempuan Kelas IIA Tangerang").first().waitFor()

    await page.goto(`${ctx.demo.storefrontUrl}/portal/motif/baru`)
    await page.getByLabel(/^Judul/).fill("Kembang Kapas Cisadane")
    await page.getByLabel("Status").selectOption({ label: "Diajukan" })
    await page.getByLabel("Nomor permohonan").fill("EC00202512345")
    await page.getByRole("button", { name: "Tambah pencipta" }).click()
    await page.getByLabel("Pencipta 1", { exact: true }).selectOption({ label: "Ibu Wulan" })
    await page.getByRole("button", { name: "Simpan motif" }).click()
    await page.waitForURL(/\/portal\/motif\/motif_/)

    const headers = { "x-publishable-api-key": ctx.demo.publishableKey }
    const facility = await fetch(`${ctx.demo.backendUrl}/store/facilities/lapas-perempuan-tangerang`, { headers }).then((r) => r.json())
    const product = facility.facility.products[0]
    await page.goto(`${ctx.demo.storefrontUrl}/portal/produk/${product.id}`)
    await page.getByLabel(/Kembang Kapas Cisadane/).check()
    await page.getByRole("button", { name: "Simpan motif" }).click()
    await page.getByText("Motif produk tersimpan.").waitFor()
    await page.screenshot({ path: path.join(shots, "portal-product-motifs-tablet.png"), fullPage: true })

    const credited = await fetch(`${ctx.demo.backendUrl}/store/products/${product.id}/motifs`, { headers }).then((r) => r.json())
    expect(credited.motifs.map((m: { credit_line: string }) => m.credit_line)).toEqual([
      "Kembang Kapas Cisadane — Pencipta: Ibu Wulan — DJKI permohonan EC00202512345 — Pemegang hak: Lapas Perempuan Kelas IIA Tangerang",
    ])
    await page.close()
  })

  it("lets a manager list a product with a photo and a maker, which the store then sells under her facility", async () => {
    const manager = ctx.demo.logins.facilities.find((l) => l.facility === "lapas-perempuan-jambi" && l.role === "manager")!
    const page = await ctx.browser.newPage({ viewport: { width: 1024, height: 1366 } })
    await page.goto(`${ctx.demo.storefrontUrl}/portal`)
    await page.waitForURL(/\/portal\/masuk/)
    await page.getByLabel("Email").fill(manager.email)
    await page.getByLabel("Kata sandi").fill("salah-sekali")
    await page.getByRole("button", { name: "Masuk" }).click()
    await page.getByText("Email atau kata sandi salah.").waitFor()
    await page.getByLabel("Kata sandi").fill(manager.password)
    await page.getByRole("button", { name: "Masuk" }).click()
    await page.getByText("Lapas Perempuan Kelas IIB Jambi").first().waitFor()
    await page.screenshot({ path: path.join(shots, "portal-dashboard-tablet.png") })

    await page.goto(`${ctx.demo.storefrontUrl}/portal/produk/baru`)
    await page.getByLabel("Judul (Bahasa Indonesia)").fill("Batik Tulis Uji Peramban")
    await page.getByLabel("Judul (Inggris)").fill("Browser Test Hand-drawn Batik")
    await page.getByLabel("Deskripsi (Bahasa Indonesia)").fill("Kain katun primissima, 2 × 1,15 m, pewarna alam.")
    await page.getByLabel("Deskripsi (Inggris)").fill("Primissima cotton, 2 × 1.15 m, natural dyes.")
    await page.getByLabel("Berat (gram)").fill("320")
    await page.getByLabel("Status").selectOption({ label: "Terbit" })
    await page.locator('input[type="file"]').setInputFiles({ name: "batik-uji.png", mimeType: "image/png", buffer: PNG_1PX })
    await page.getByAltText("Foto 1").waitFor()
    await page.getByLabel("Harga (Rp)").first().fill("385000")
    await page.getByLabel("Stok").first().fill("4")
    await page.getByRole("button", { name: "Tambah pembuat" }).click()
    await page.getByLabel("Peserta").first().selectOption({ label: "Ibu Rini" })
    await page.getByLabel("Bobot").first().fill("2")
    await page.screenshot({ path: path.join(shots, "portal-product-form-tablet.png"), fullPage: true })
    await page.getByRole("button", { name: "Simpan produk" }).click()
    await page.waitForURL(/\/portal\/produk\/prod_/)

    const headers = { "x-publishable-api-key": ctx.demo.publishableKey }
    const facility = await fetch(`${ctx.demo.backendUrl}/store/facilities/lapas-perempuan-jambi`, { headers }).then((r) => r.json())
    const listed = facility.facility.products.find((p: { title: string }) => p.title === "Batik Tulis Uji Peramban")
    expect(listed).toBeDefined()
    expect(listed.thumbnail).toMatch(/\/static\/.+\.png$/)
    const makers = await fetch(`${ctx.demo.backendUrl}/store/products/${listed.id}/makers`, { headers }).then((r) => r.json())
    expect(makers.makers.map((m: { label: string }) => m.label)).toEqual(["Ibu Rini"])

    const store = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } })
    await store.goto(`${ctx.demo.storefrontUrl}/products/${listed.handle}`)
    await store.getByRole("heading", { name: "Batik Tulis Uji Peramban" }).waitFor()
    await store.getByText(/Rp\s?385\.000/).first().waitFor()
    await store.screenshot({ path: path.join(shots, "store-new-product-phone.png"), fullPage: true })
    await store.close()
    await page.close()
  })
})

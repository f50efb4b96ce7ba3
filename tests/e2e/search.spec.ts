// In a real browser (Debian's Chromium), on a stack started with `npm start`: a buyer on a phone searches from the
// header with a typo and finds Jambi's hand-drawn batik, narrows the results with a facet and a price and goes Back;
// a facility manager renames a product in the Portal and the store's search finds the new title within seconds.
// Screenshots go to screenshots/.
import fs from "node:fs"
import path from "node:path"
import type { Page } from "playwright-core"
import { shots, useBrowserStack } from "../helpers/browser-stack"

const PHONE = { width: 390, height: 844 }

/** "Rp 1.234.000" (with a no-break space) → 1234000 */
const rupiahValue = (text: string) => Number(text.replace(/[^\d]/g, ""))

type StoreFacility = { facility: { products: { id: string; handle: string; title: string }[] } }

describe("Product search in Chromium", () => {
  const ctx = useBrowserStack()
  const providers = new Set<string>()

  afterAll(() => {
    // Which search answered (Meilisearch, or PostgreSQL when no binary is available): for the test log only.
    console.log(`search answered by: ${[...providers].join(", ") || "(no search seen)"}`)
  })

  async function storePage(): Promise<Page> {
    const page = await ctx.browser.newPage({ viewport: PHONE })
    page.on("response", (response) => {
      if (response.url().includes("/store/search")) {
        const provider = response.headers()["x-search-provider"]
        if (provider) providers.add(provider)
      }
    })
    return page
  }

  const countOf = async (page: Page) => Number((await page.getByTestId("search-count").innerText()).replace(/\D/g, ""))
  const results = (page: Page) => page.getByRole("region", { name: "Hasil pencarian" }).getByRole("article")
  const resultHandles = async (page: Page) =>
    (await results(page).getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))).map((href) =>
      href.replace(/^\/products\//, "")
    )

  /** Waits until the results show this count (the page keeps the old results on screen while new ones load). */
  const waitForCount = (page: Page, count: number) =>
    page.getByTestId("search-count").filter({ hasText: new RegExp(`^${count} produk$`) }).waitFor()

  async function searchFromHeader(page: Page, words: string) {
    const box = page.getByRole("searchbox", { name: "Cari produk" })
    await box.fill(words)
    await box.press("Enter")
    await page.waitForURL((url) => url.pathname === "/cari" && url.searchParams.get("q") === words)
    await page.getByTestId("search-count").waitFor()
  }

  it("finds Jambi's hand-drawn batik from the header on a phone despite a typo, and narrows it with a facet and a price", async () => {
    const headers = { "x-publishable-api-key": ctx.demo.publishableKey }
    const jambi: StoreFacility = await fetch(`${ctx.demo.backendUrl}/store/facilities/lapas-perempuan-jambi`, { headers }).then((r) => r.json())
    const batikTulis = jambi.facility.products.map((p) => p.handle).filter((h) => h.startsWith("batik-tulis-"))
    expect(batikTulis.length).toBeGreaterThan(1)

    const page = await storePage()
    await page.goto(ctx.demo.storefrontUrl)
    await page.getByRole("heading", { name: "Katalog" }).waitFor()
    await searchFromHeader(page, "batk tulis jambi")
    await page.getByRole("heading", { name: "Hasil untuk “batk tulis jambi”" }).waitFor()

    // Every one of Jambi's batik tulis, and nothing that is not a batik tulis from Jambi.
    const handles = await resultHandles(page)
    expect(handles).toEqual(expect.arrayContaining(batikTulis))
    for (const handle of handles) expect(handle).toMatch(/^batik-tulis-/)
    for (const card of await results(page).all()) expect(await card.innerText()).toContain("Lapas Perempuan Kelas IIB Jambi")
    const all = await countOf(page)
    expect(all).toBe(handles.length)
    await page.screenshot({ path: path.join(shots, "store-search-phone.png"), fullPage: true })

    // A facet: one motif. Fewer results, each of them with that motif, and the URL says so.
    await page.getByRole("button", { name: /^Saring/ }).click()
    const motif = page.getByRole("group", { name: "Motif" }).getByRole("checkbox").first()
    const motifName = (await motif.evaluate((input) => input.closest("label")?.querySelector(".facet__label")?.textContent ?? "")).trim()
    expect(motifName).not.toBe("")
    await motif.click()
    await page.waitForURL((url) => url.searchParams.get("motif") === motifName)
    await page.getByRole("link", { name: `Hapus filter: ${motifName}` }).waitFor()
    await page.waitForFunction(
      (before) => Number(document.querySelector('[data-testid="search-count"]')?.textContent?.replace(/\D/g, "")) < before,
      all
    )
    const narrowed = await countOf(page)
    expect(narrowed).toBeGreaterThan(0)
    expect(narrowed).toBeLessThan(all)
    await page.screenshot({ path: path.join(shots, "store-search-facet-phone.png"), fullPage: true })

    // Back undoes the filter.
    await page.goBack()
    await page.waitForURL((url) => !url.searchParams.has("motif"))
    await waitForCount(page, all)
    expect(await page.getByRole("checkbox", { name: new RegExp(motifName) }).isChecked()).toBe(false)

    // A price ceiling between the cheapest and the dearest: fewer results, none above it.
    const prices = (await results(page).locator(".product-price").allInnerTexts()).map(rupiahValue).sort((a, b) => a - b)
    const ceiling = prices[Math.floor((prices.length - 1) / 2)]!
    await page.getByLabel("Sampai", { exact: true }).fill(ceiling.toLocaleString("id-ID"))
    await page.getByRole("button", { name: "Terapkan harga" }).click()
    await page.waitForURL((url) => url.searchParams.get("price_max") === String(ceiling))
    await page.waitForFunction(
      (before) => Number(document.querySelector('[data-testid="search-count"]')?.textContent?.replace(/\D/g, "")) < before,
      all
    )
    const cheaper = await countOf(page)
    expect(cheaper).toBe(prices.filter((p) => p <= ceiling).length)
    await page.getByRole("button", { name: /^Lihat \d+ produk$/ }).click()
    for (const price of await results(page).locator(".product-price").allInnerTexts()) {
      expect(rupiahValue(price)).toBeLessThanOrEqual(ceiling)
    }
    await page.screenshot({ path: path.join(shots, "store-search-price-phone.png"), fullPage: false })
    await page.close()
  })

  it("says clearly when the server refuses a search", async () => {
    const page = await storePage()
    await page.goto(`${ctx.demo.storefrontUrl}/cari?q=${"a".repeat(201)}`)
    const alert = page.getByRole("alert")
    await alert.getByRole("heading", { name: "Pencarian ini tidak bisa diproses" }).waitFor()
    expect(await alert.innerText()).toMatch(/'q'|q:/)
    await alert.getByRole("link", { name: "Mulai pencarian baru" }).click()
    await page.waitForURL((url) => url.pathname === "/cari" && !url.searchParams.has("q"))
    await page.getByRole("heading", { name: "Semua produk" }).waitFor()
    await page.close()
  })

  it("finds a product by the title a facility manager just gave it in the Portal, within seconds", async () => {
    const newTitle = "Batik Tulis Rembulan Kerinci"
    const headers = { "x-publishable-api-key": ctx.demo.publishableKey }
    const jambi: StoreFacility = await fetch(`${ctx.demo.backendUrl}/store/facilities/lapas-perempuan-jambi`, { headers }).then((r) => r.json())
    const product = jambi.facility.products.find((p) => p.handle === "batik-tulis-bungo-pauh") ?? jambi.facility.products[0]!

    const store = await storePage()
    await store.goto(ctx.demo.storefrontUrl)
    await searchFromHeader(store, newTitle)
    expect(await store.getByRole("link", { name: newTitle }).count()).toBe(0)

    const manager = ctx.demo.logins.facilities.find((l) => l.facility === "lapas-perempuan-jambi" && l.role === "manager")!
    const portal = await ctx.browser.newPage({ viewport: { width: 1024, height: 1366 } })
    await portal.goto(`${ctx.demo.storefrontUrl}/portal/masuk`)
    await portal.getByLabel("Email").fill(manager.email)
    await portal.getByLabel("Kata sandi").fill(manager.password)
    await portal.getByRole("button", { name: "Masuk" }).click()
    await portal.getByText("Lapas Perempuan Kelas IIB Jambi").first().waitFor()
    await portal.goto(`${ctx.demo.storefrontUrl}/portal/produk/${product.id}`)
    const title = portal.getByLabel("Judul (Bahasa Indonesia)")
    await title.waitFor()
    expect(await title.inputValue()).toBe(product.title)
    await title.fill(newTitle)
    await portal.getByRole("button", { name: "Simpan", exact: true }).click()
    await portal.getByText("Perubahan tersimpan.").waitFor()
    const saved = Date.now()

    // The buyer searches again (a reload is a new search) until the renamed product is there: ~10 s at most.
    const card = store.getByRole("link", { name: newTitle })
    while ((await card.count()) === 0) {
      expect(Date.now() - saved, `"${newTitle}" not found by search within 10 s of saving`).toBeLessThan(10_000)
      await store.waitForTimeout(500)
      await store.reload()
      await store.getByTestId("search-count").waitFor()
    }
    console.log(`renamed product found by search ${Date.now() - saved} ms after saving`)
    expect((await resultHandles(store))[0]).toBe(product.handle)
    await store.screenshot({ path: path.join(shots, "store-search-renamed-phone.png"), fullPage: false })

    await portal.close()
    await store.close()
  })
})

// The buyer's journey in a real browser (Debian's Chromium) on a phone-sized window, on the stack `npm start` runs:
// she finds a batik by a misspelled word, reads who made it and what share of the price goes to its makers, opens an
// account, puts it in her cart and pays by bank transfer; the confirmation gives her the transfer instructions, and
// the order is in her account and found by the order lookup. Then the same store in English (the toggle is
// remembered) and the 404 page. A guest who scans the QR code printed on an expo's tag buys through it, and the
// sponsor's report counts her order for the expo. A screenshot of each step goes to screenshots/buyer-*.png.
import path from "node:path"
import type { Page } from "playwright-core"
import { DEMO_CSR, participants } from "@karya/seed"
import { shots, useBrowserStack } from "../helpers/browser-stack"
import { pdfQrCodes } from "../helpers/pdf-qr"

const PHONE = { width: 390, height: 844 }
const PRODUCT = "batik-tulis-angso-duo-sogan"

/** "Rp 1.234.000" (with a no-break space) → 1234000 */
const rupiahValue = (text: string) => Number(text.replace(/[^\d]/g, ""))

describe("A buyer on a phone", () => {
  const ctx = useBrowserStack()
  let step = 0

  async function phonePage(): Promise<{ page: Page; problems: string[] }> {
    const page = await ctx.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true })
    const problems: string[] = []
    const ours = new Set([new URL(ctx.demo.storefrontUrl).host, new URL(ctx.demo.backendUrl).host])
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`))
    page.on("request", (request) => {
      const url = new URL(request.url())
      if (url.protocol.startsWith("http") && !ours.has(url.host)) problems.push(`request outside the stack: ${url.href}`)
    })
    page.on("response", (response) => {
      if (response.status() >= 500) problems.push(`${response.status()} from ${response.url()}`)
    })
    return { page, problems }
  }

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(shots, `buyer-${String(++step).padStart(2, "0")}-${name}.png`), fullPage: true })

  /** The whole page is readable on the phone: nothing wider than the window (no sideways scrolling). */
  const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

  /** No maker's legal name or registration number anywhere in the page's text. */
  async function expectNoPrivateData(page: Page) {
    const text = await page.locator("body").innerText()
    for (const p of participants) {
      expect(text).not.toContain(p.legal_name)
      expect(text).not.toContain(p.registration_number)
    }
  }

  it("finds a batik by a typo, reads who made it and her share, and orders it by bank transfer", async () => {
    const { page, problems } = await phonePage()
    const email = `pembeli.${Date.now()}@contoh.id`

    // Home
    await page.goto(ctx.demo.storefrontUrl)
    await page.getByRole("heading", { name: "Katalog" }).waitFor()
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
    await shot(page, "home")

    // Search with a typo ("batk" for batik)
    const box = page.getByRole("combobox", { name: "Cari produk" })
    await box.fill("batk angso duo")
    await box.press("Enter")
    await page.waitForURL((url) => url.pathname === "/cari")
    const results = page.getByRole("region", { name: "Hasil pencarian" })
    const hit = results.locator(`a[href="/products/${PRODUCT}"]`).first()
    await hit.waitFor()
    await shot(page, "search-typo")
    await hit.click()

    // The product: who made it, the facility, the motif, and the makers' share of the price
    await page.waitForURL((url) => url.pathname === `/products/${PRODUCT}`)
    const title = page.getByRole("heading", { level: 1 })
    await title.waitFor()
    expect(await title.innerText()).toMatch(/Angso Duo/i)
    await page.getByText("Ibu Rini", { exact: true }).first().waitFor()
    await page.getByText("Lapas Perempuan Kelas IIB Jambi").first().waitFor()
    const share = page.getByText(/menjadi premi para pembuatnya/)
    await share.waitFor()
    // "Sekitar 35% dari harga (Rp 131.250 dari Rp 375.000) …": a real share of the real price
    const [, percent] = /Sekitar (\d+(?:,\d+)?)\s?%/.exec(await share.innerText()) ?? []
    expect(Number(percent?.replace(",", "."))).toBeGreaterThan(0)
    await expectNoPrivateData(page)
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
    await shot(page, "product")

    // Into the cart
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
    await page.getByText(/ditambahkan ke keranjang/).waitFor()
    await page.getByRole("link", { name: "Keranjang, 1 barang" }).waitFor()

    // She opens an account; the cart comes with her
    await page.getByRole("link", { name: "Masuk" }).click()
    await page.getByRole("link", { name: "Daftar sekarang" }).click()
    await page.getByLabel("Nama depan").fill("Dewi")
    await page.getByLabel("Nama belakang (opsional)").fill("Lestari")
    await page.getByLabel("Email").fill(email)
    await page.getByLabel("Kata sandi", { exact: true }).fill("batik-angso-duo-2026")
    await shot(page, "register")
    await page.getByRole("button", { name: "Daftar" }).click()
    await page.getByRole("link", { name: "Akun", exact: true }).waitFor() // signed in, back where she was
    const cartLink = page.getByRole("link", { name: "Keranjang, 1 barang" })
    await cartLink.waitFor()

    // Cart
    await cartLink.click()
    await page.getByRole("link", { name: "Lanjut ke checkout" }).waitFor()
    await shot(page, "cart")
    await page.getByRole("link", { name: "Lanjut ke checkout" }).click()

    // Checkout: contact and an Indonesian address
    await page.waitForURL((url) => url.pathname === "/checkout")
    const emailField = page.getByLabel("Email")
    await emailField.waitFor()
    expect(await emailField.inputValue()).toBe(email) // from her account
    await page.getByLabel("Nama depan").fill("Dewi")
    await page.getByLabel("Alamat", { exact: true }).fill("Jl. Sultan Thaha No. 12")
    await page.getByLabel("Kota / kabupaten").fill("Kota Jambi")
    await page.getByLabel("Provinsi").selectOption({ label: "Jambi" })
    await page.getByLabel("Kode pos").fill("123") // a wrong postal code is named and kept from the server
    await page.getByLabel("Nomor HP").fill("0812 3456 7890")
    await page.getByRole("button", { name: "Lanjut" }).click()
    await page.getByText(/kode pos/i).filter({ hasText: /5 angka|5 digit/i }).first().waitFor()
    await shot(page, "checkout-address-error")
    await page.getByLabel("Kode pos").fill("36122")
    await page.getByRole("button", { name: "Lanjut" }).click()

    // Delivery, then payment by bank transfer
    const regular = page.getByRole("radio", { name: /Reguler/ })
    await regular.waitFor()
    await regular.check()
    await page.getByRole("button", { name: "Lanjut" }).click()
    const transfer = page.getByRole("radio", { name: /Transfer bank/ })
    await transfer.waitFor()
    await transfer.check()
    await shot(page, "checkout-payment")
    await page.getByRole("button", { name: "Lanjut" }).click()

    // Review and place the order
    const place = page.getByRole("button", { name: "Buat pesanan" })
    await place.waitFor()
    await shot(page, "checkout-review")
    await place.click()

    // Confirmation with the transfer instructions
    await page.getByRole("heading", { name: "Terima kasih! Pesanan Anda kami terima." }).waitFor()
    await page.waitForURL((url) => url.pathname.startsWith("/pesanan/"))
    const orderId = new URL(page.url()).pathname.split("/").pop()!
    const number = (await page.locator(".order-hero__value").first().innerText()).replace(/\D/g, "")
    expect(Number(number)).toBeGreaterThan(0)
    // the transfer instructions come with the order's payment, which loads after the order itself
    await page.getByText(/KL-[A-Z2-9]{8}/).first().waitFor()
    const body = await page.locator("body").innerText()
    const reference = /KL-[A-Z2-9]{8}/.exec(body)?.[0]
    expect(reference).toBeDefined()
    await page.getByRole("button", { name: "Salin Jumlah transfer" }).waitFor()
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
    await shot(page, "confirmation")

    // What the page says is what the store holds: awaiting payment, that reference, the order's exact total
    const headers = { "x-publishable-api-key": ctx.demo.publishableKey }
    const { payment } = await fetch(`${ctx.demo.backendUrl}/store/orders/${orderId}/payment`, { headers }).then((r) => r.json())
    expect(payment).toMatchObject({ status: "awaiting", currency_code: "idr", transfer: { reference } })
    expect(body).toContain(new Intl.NumberFormat("id-ID").format(payment.amount))

    // The order in her account
    await page.getByRole("link", { name: "Akun", exact: true }).click()
    await page.getByRole("link", { name: "Pesanan", exact: true }).click()
    await page.getByRole("link", { name: `Lihat detail pesanan #${number}` }).waitFor()
    await shot(page, "account-orders")
    await page.getByRole("link", { name: `Lihat detail pesanan #${number}` }).click()
    await page.getByRole("heading", { name: "Rincian biaya" }).waitFor()
    expect(await page.locator("body").innerText()).toContain("Batik Tulis")

    // And by the order lookup, with the email and the number only
    await page.goto(`${ctx.demo.storefrontUrl}/lacak-pesanan`)
    await page.getByLabel("Email").fill(email)
    await page.getByLabel("Nomor pesanan").fill(`#${number}`)
    await page.getByRole("button", { name: "Cari pesanan" }).click()
    await page.getByRole("heading", { name: `Pesanan #${number}` }).waitFor()
    const found = await page.locator("body").innerText()
    expect(rupiahValue(/Rp\s?[\d.]+/.exec(found)?.[0] ?? "")).toBeGreaterThan(0)
    await shot(page, "order-lookup")

    // A wrong email finds nothing, and says so without telling whether the number exists
    await page.getByLabel("Email").fill(`bukan.${email}`)
    await page.getByRole("button", { name: "Cari pesanan" }).click()
    await page.getByRole("heading", { name: `Pesanan #${number}` }).waitFor({ state: "detached" })

    expect(problems).toEqual([])
    await page.close()
  })

  it("scans the QR code on an expo's printed tag, orders as a guest, and the order counts for the expo", async () => {
    const { page, problems } = await phonePage()
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${ctx.demo.backendUrl}${path}`, init).then(async (r) => {
        if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`)
        return r
      })

    // The CSR officer's tag sheet for SMEXPO 2026, and the QR code printed on its first tag
    const { token } = await api("/auth/csr_staff/emailpass", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: DEMO_CSR.email, password: DEMO_CSR.password }),
    }).then((r) => r.json())
    const csr = { authorization: `Bearer ${token}` }
    const { expos } = await api("/portal/csr/expos", { headers: csr }).then((r) => r.json())
    const expo = expos.find((e: { handle: string }) => e.handle === "smexpo-2026")
    const tags: Response = await api(`/portal/csr/expos/${expo.id}/documents/tags`, { headers: csr })
    const sheet = Buffer.from(await tags.arrayBuffer())
    const scanned = pdfQrCodes(sheet)[0]?.text
    expect(scanned).toMatch(/\/products\/[a-z0-9-]+\?expo=smexpo-2026$/)
    const target = new URL(scanned!)
    expect(target.origin).toBe(new URL(ctx.demo.storefrontUrl).origin) // the tag points at this store

    // Her phone opens the address; she buys it as a guest
    await page.goto(target.href)
    await page.getByRole("heading", { level: 1 }).waitFor()
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
    await page.getByRole("link", { name: "Keranjang, 1 barang" }).click()
    await page.getByRole("link", { name: "Lanjut ke checkout" }).click()
    await page.waitForURL((url) => url.pathname === "/checkout")
    await page.getByLabel("Email").fill(`tamu.${Date.now()}@contoh.id`)
    await page.getByLabel("Nama depan").fill("Sari")
    await page.getByLabel("Alamat", { exact: true }).fill("Jl. Demang Lebar Daun No. 3")
    await page.getByLabel("Kota / kabupaten").fill("Palembang")
    await page.getByLabel("Provinsi").selectOption({ label: "Sumatera Selatan" })
    await page.getByLabel("Kode pos").fill("30137")
    await page.getByLabel("Nomor HP").fill("0813 1111 2222")
    await page.getByRole("button", { name: "Lanjut" }).click()
    const regular = page.getByRole("radio", { name: /Reguler/ })
    await regular.waitFor()
    await regular.check()
    await page.getByRole("button", { name: "Lanjut" }).click()
    const transfer = page.getByRole("radio", { name: /Transfer bank/ })
    await transfer.waitFor()
    await transfer.check()
    await page.getByRole("button", { name: "Lanjut" }).click()
    await page.getByRole("button", { name: "Buat pesanan" }).click()
    await page.getByRole("heading", { name: "Terima kasih! Pesanan Anda kami terima." }).waitFor()
    await page.waitForURL((url) => url.pathname.startsWith("/pesanan/"))
    const orderId = new URL(page.url()).pathname.split("/").pop()!
    await shot(page, "expo-qr-order")

    // The sponsor's officer sees it among the expo's sales, as one that came through a QR tag (not the booth)
    const { orders } = await api(`/portal/csr/expos/${expo.id}/orders?limit=100`, { headers: csr }).then((r) => r.json())
    expect(orders.find((o: { id: string }) => o.id === orderId)).toMatchObject({ source: "qr", payment_method: null })
    expect(problems).toEqual([])
    await page.close()
  })

  it("switches the whole store to English with the toggle, and remembers it", async () => {
    const { page, problems } = await phonePage()
    await page.goto(`${ctx.demo.storefrontUrl}/products/${PRODUCT}`)
    await page.getByRole("button", { name: "Tambah ke keranjang" }).waitFor()
    await page.getByRole("button", { name: "English" }).click()
    await page.getByRole("button", { name: "Add to cart" }).waitFor()
    await page.getByText(/of the price|goes to the makers|makers' premi/i).first().waitFor()
    expect(await page.locator("html").getAttribute("lang")).toBe("en")
    await shot(page, "product-english")

    // Remembered: a reload (and another page) stays in English
    await page.reload()
    await page.getByRole("button", { name: "Add to cart" }).waitFor()
    await page.goto(`${ctx.demo.storefrontUrl}/keranjang`)
    expect(await page.locator("html").getAttribute("lang")).toBe("en")
    const text = await page.locator("body").innerText()
    expect(text).not.toMatch(/Keranjang|Lanjut ke checkout|Tambah ke keranjang/)

    // and back
    await page.getByRole("button", { name: "Bahasa Indonesia" }).click()
    expect(await page.locator("html").getAttribute("lang")).toBe("id")
    expect(problems).toEqual([])
    await page.close()
  })

  it("shows a page a person can act on for an address that does not exist", async () => {
    const { page } = await phonePage()
    await page.goto(`${ctx.demo.storefrontUrl}/tidak-ada-halaman-ini`)
    await page.getByRole("heading", { name: "Halaman tidak ditemukan" }).waitFor()
    await page.getByRole("link", { name: "Ke beranda", exact: true }).waitFor()
    expect(await page.title()).toMatch(/tidak ditemukan/i)
    await shot(page, "not-found")
    await page.getByRole("link", { name: "Ke beranda", exact: true }).click()
    await page.waitForURL((url) => url.pathname === "/")
    await page.close()
  })
})

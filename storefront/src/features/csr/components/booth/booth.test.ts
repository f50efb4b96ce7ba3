// Component test: the booth's basket and receipt as HTML, as the officer at the booth reads them.
import i18n from "i18next"
import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { initReactI18next } from "react-i18next"
import { beforeAll, describe, expect, it } from "vitest"
import type { BoothOrder, BoothProduct } from "../../api/types"
import en from "../../locales/en.json"
import id from "../../locales/id.json"
import { indexVariants } from "../../utils/basket"
import { BasketPanel } from "./basket-panel"
import { BoothReceipt } from "./receipt"

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/[ \t\r\n]+/g, " ").trim()

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: "id",
    resources: { id: { translation: id }, en: { translation: en } },
    interpolation: { escapeValue: false },
  })
})

const songket: BoothProduct = {
  id: "prod_songket",
  title: "Songket Lepus",
  handle: "songket-lepus",
  thumbnail: null,
  facility: { name: "LPP Palembang" },
  variants: [{ id: "var_merah", title: "Merah", sku: "SGK-MRH", price: 650_000, stock: 2 }],
}
const tempe: BoothProduct = {
  id: "prod_tempe",
  title: "Keripik Tempe",
  handle: "keripik-tempe",
  thumbnail: null,
  facility: { name: "LPP Palembang" },
  variants: [{ id: "var_tempe", title: "Default", sku: "TMP-250", price: 25_000, stock: 40 }],
}

const noop = () => {}
const panel = (over: Partial<Parameters<typeof BasketPanel>[0]> = {}) =>
  renderToStaticMarkup(
    createElement(BasketPanel, {
      lines: [
        { variantId: "var_merah", quantity: 2 },
        { variantId: "var_tempe", quantity: 3 },
      ],
      index: indexVariants([songket, tempe]),
      errors: { lines: {}, fields: {}, form: null },
      method: "cash",
      reference: "",
      email: "",
      pending: false,
      onQuantity: noop,
      onRemove: noop,
      onMethod: noop,
      onReference: noop,
      onEmail: noop,
      onSubmit: noop,
      ...over,
    })
  )

describe("BasketPanel", () => {
  it("shows each line's total and the basket's total in rupiah", async () => {
    await i18n.changeLanguage("id")
    const shown = text(panel())
    expect(shown).toContain("Songket Lepus — Merah Rp\u00a01.300.000")
    expect(shown).toContain("Keripik Tempe Rp\u00a075.000")
    expect(shown).toContain("Total (5 barang) Rp\u00a01.375.000")
    expect(shown).toContain("Buat pesanan")
  })

  it("stops the + button at the stock and says the line takes all of it", () => {
    const html = panel()
    expect(html).toMatch(/<button type="button" class="csr-icon-button" aria-label="Tambah satu Songket Lepus — Merah" disabled="">/)
    expect(html).toMatch(/<button type="button" class="csr-icon-button" aria-label="Tambah satu Keripik Tempe">/)
    expect(html).toContain('max="2"')
    expect(text(html)).toContain("seluruh stok")
  })

  it("asks for the QRIS reference only when paying by QRIS", () => {
    expect(panel()).not.toContain("Referensi QRIS")
    expect(panel({ method: "qris" })).toContain("Referensi QRIS")
  })

  it("shows a refusal under the line it names, and marks that quantity invalid", () => {
    const html = panel({ errors: { lines: { var_tempe: "items.1.quantity: only 1 in stock" }, fields: {}, form: null } })
    expect(html).toContain('aria-invalid="true" aria-describedby="basket-qty-var_tempe-error"')
    expect(html).toMatch(/<p id="basket-qty-var_tempe-error" class="csr-field__error">items.1.quantity: only 1 in stock<\/p>/)
    expect(html).not.toContain("basket-qty-var_merah-error")
  })

  it("cannot place an empty basket, nor place twice while the first is on its way", () => {
    expect(panel({ lines: [] })).toMatch(/class="button basket__submit" disabled=""/)
    expect(text(panel({ lines: [] }))).toContain("Keranjang kosong")
    expect(panel({ pending: true })).toMatch(/class="button basket__submit" disabled="">Membuat pesanan…/)
  })

  it("reads in English too", async () => {
    await i18n.changeLanguage("en")
    expect(text(panel())).toContain("Total (5 items) Rp\u00a01.375.000")
    await i18n.changeLanguage("id")
  })
})

describe("BoothReceipt", () => {
  const order: BoothOrder = {
    id: "order_1",
    display_id: 1042,
    total: 675_000,
    currency_code: "idr",
    items: [
      { title: "Songket Lepus", variant_title: "Merah", quantity: 1, unit_price: 650_000, total: 650_000 },
      { title: "Keripik Tempe", variant_title: "Default", quantity: 1, unit_price: 25_000, total: 25_000 },
    ],
    payment_method: "qris",
    payment_status: "captured",
    placed_at: "2026-12-05T07:30:00.000Z",
  }

  it("shows the order number, items, total, method and time in Jakarta", () => {
    const shown = text(renderToStaticMarkup(createElement(BoothReceipt, { order, onNewSale: noop })))
    expect(shown).toBe(
      "Pesanan #1042 tercatat 5 Des 2026, 14.30 " +
        "Songket Lepus — Merah 1 × Rp\u00a0650.000 Rp\u00a0650.000 " +
        "Keripik Tempe 1 × Rp\u00a025.000 Rp\u00a025.000 " +
        "Total Rp\u00a0675.000 Dibayar QRIS · lunas Penjualan baru"
    )
  })
})

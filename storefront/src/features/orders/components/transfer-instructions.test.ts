// Component test: the bank-transfer instructions on the confirmation page, rendered to HTML.
import i18n from "i18next"
import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { initReactI18next } from "react-i18next"
import { beforeAll, describe, expect, it } from "vitest"
import mainId from "../../../locales/id.json"
import ordersEn from "../locales/en.json"
import ordersId from "../locales/id.json"
import type { OrderPayment } from "../api/types"
import { PaymentPanel } from "./payment-panel"

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/[ \t\r\n]+/g, " ").trim()

const awaiting: OrderPayment = {
  provider_id: "pp_bank-transfer_bank-transfer",
  status: "awaiting",
  amount: 184400,
  currency_code: "idr",
  transfer: {
    reference: "KL-7QH3MZ2P",
    bank_name: "Bank Rakyat Indonesia",
    account_number: "0123 0100 0123 305",
    account_holder: "Koperasi Karya Lapas",
    expires_at: "2026-11-23T18:30:00.000Z",
  },
}

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: "id",
    resources: { id: { translation: { ...mainId, ...ordersId } }, en: { translation: { ...mainId, ...ordersEn } } },
    interpolation: { escapeValue: false },
  })
})

describe("PaymentPanel", () => {
  it("shows bank, account, holder, exact amount, reference and the deadline in WIB, each to copy", async () => {
    await i18n.changeLanguage("id")
    const html = renderToStaticMarkup(createElement(PaymentPanel, { payment: awaiting, loading: false, headingId: "h" }))
    const t = text(html)
    expect(t).toContain("Menunggu transfer")
    expect(t).toContain("Bank Rakyat Indonesia")
    expect(t).toContain("0123 0100 0123 305")
    expect(t).toContain("Koperasi Karya Lapas")
    expect(t).toContain("Rp\u00a0184.400")
    expect(t).toContain("KL-7QH3MZ2P")
    expect(t).toMatch(/Selasa, 24 November 2026 pukul 01\.30 WIB/)
    expect(html).toContain('aria-label="Salin Nomor rekening"')
    expect(html).toContain('aria-label="Salin Jumlah transfer"')
    expect(html).toContain('aria-label="Salin Berita transfer (referensi)"')
  })

  it("shows no instructions once the order is paid", async () => {
    await i18n.changeLanguage("en")
    const t = text(
      renderToStaticMarkup(
        createElement(PaymentPanel, { payment: { ...awaiting, status: "paid" }, loading: false, headingId: "h" })
      )
    )
    expect(t).toContain("Paid")
    expect(t).toContain("We have received your payment")
    expect(t).not.toContain("KL-7QH3MZ2P")
    expect(t).not.toContain("Account number")
  })

  it("says where to find the instructions when the store has none to show", async () => {
    await i18n.changeLanguage("id")
    const t = text(renderToStaticMarkup(createElement(PaymentPanel, { payment: null, loading: false, headingId: "h" })))
    expect(t).toContain("Petunjuk transfer belum bisa ditampilkan di sini")
    expect(t).not.toContain("Rp")
  })
})

// Component test: the summary a buyer reads before paying, rendered to HTML in both languages.
import i18n from "i18next"
import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { initReactI18next } from "react-i18next"
import { beforeAll, describe, expect, it } from "vitest"
import cartEn from "../locales/en.json"
import cartId from "../locales/id.json"
import { CartTotalsList } from "./cart-totals"

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/[ \t\r\n]+/g, " ").trim()

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: "id",
    resources: { id: { translation: cartId }, en: { translation: cartEn } },
    interpolation: { escapeValue: false },
  })
})

describe("CartTotalsList", () => {
  it("lists subtotal, discount, shipping and total as Rp amounts", async () => {
    await i18n.changeLanguage("id")
    const html = renderToStaticMarkup(
      createElement(CartTotalsList, { totals: { subtotal: 150000, discount: 15000, shipping: 25000, tax: 0, total: 160000 } })
    )
    expect(text(html)).toBe(
      "Subtotal Rp\u00a0150.000 Diskon −Rp\u00a015.000 Ongkos kirim Rp\u00a025.000 Total Rp\u00a0160.000"
    )
    expect(html).not.toContain("Pajak")
  })

  it("says shipping is calculated later, and free when it is", async () => {
    await i18n.changeLanguage("en")
    const later = text(
      renderToStaticMarkup(
        createElement(CartTotalsList, { totals: { subtotal: 20000, discount: 0, shipping: null, tax: 0, total: 20000 } })
      )
    )
    expect(later).toBe("Subtotal Rp\u00a020.000 Shipping Calculated at checkout Total Rp\u00a020.000")
    expect(later).not.toContain("Discount")
    const free = text(
      renderToStaticMarkup(
        createElement(CartTotalsList, { totals: { subtotal: 20000, discount: 0, shipping: 0, tax: 0, total: 20000 } })
      )
    )
    expect(free).toContain("Shipping Free")
  })
})

// Every string of the cart, checkout and order pages exists in Bahasa Indonesia and in English.
import { describe, expect, it } from "vitest"
import cartEn from "../../cart/locales/en.json"
import cartId from "../../cart/locales/id.json"
import purchaseEn from "../../cart/locales/purchase.en.json"
import purchaseId from "../../cart/locales/purchase.id.json"
import ordersEn from "../../orders/locales/en.json"
import ordersId from "../../orders/locales/id.json"
import checkoutEn from "../locales/en.json"
import checkoutId from "../locales/id.json"

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

function values(value: unknown): string[] {
  if (typeof value === "string") return [value]
  if (typeof value !== "object" || value === null) return []
  return Object.values(value).flatMap(values)
}

describe.each([
  ["cart", cartId, cartEn],
  ["purchase box", purchaseId, purchaseEn],
  ["checkout", checkoutId, checkoutEn],
  ["orders", ordersId, ordersEn],
])("%s translations", (_name, id, en) => {
  it("have the same keys in both languages", () => {
    expect(keys(en).sort()).toEqual(keys(id).sort())
  })

  it("have no empty string", () => {
    expect(values(id).filter((v) => v.trim() === "")).toEqual([])
    expect(values(en).filter((v) => v.trim() === "")).toEqual([])
  })
})

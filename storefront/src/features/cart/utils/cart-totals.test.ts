import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { formatRupiah } from "../../../lib/money"
import { cartTotals, itemCount } from "./cart-totals"

const cart = (over: Partial<HttpTypes.StoreCart> = {}) =>
  ({
    item_subtotal: 150000,
    discount_total: 15000,
    shipping_total: 25000,
    tax_total: 0,
    total: 160000,
    shipping_methods: [{ id: "casm_1" }],
    ...over,
  }) as unknown as HttpTypes.StoreCart

describe("cartTotals", () => {
  it("gives the four figures a buyer checks, in whole rupiah", () => {
    expect(cartTotals(cart())).toEqual({ subtotal: 150000, discount: 15000, shipping: 25000, tax: 0, total: 160000 })
  })

  it("shows them as Rp 150.000", () => {
    const t = cartTotals(cart())
    expect([t.subtotal, t.discount, t.shipping ?? 0, t.total].map(formatRupiah)).toEqual([
      "Rp\u00a0150.000",
      "Rp\u00a015.000",
      "Rp\u00a025.000",
      "Rp\u00a0160.000",
    ])
  })

  it("has no shipping figure until an option is chosen (not Rp 0)", () => {
    expect(cartTotals(cart({ shipping_methods: [], shipping_total: 0 })).shipping).toBeNull()
  })

  it("keeps a free shipping option as 0", () => {
    expect(cartTotals(cart({ shipping_total: 0 })).shipping).toBe(0)
  })

  it("reads numeric strings and never returns a fraction", () => {
    expect(cartTotals(cart({ total: "160000.4" as unknown as number })).total).toBe(160000)
    expect(cartTotals(cart({ discount_total: -15000 })).discount).toBe(15000)
  })
})

describe("itemCount", () => {
  it("counts pieces, not lines", () => {
    expect(itemCount({ items: [{ quantity: 2 }, { quantity: 3 }] })).toBe(5)
    expect(itemCount(null)).toBe(0)
    expect(itemCount({ items: [] })).toBe(0)
  })
})

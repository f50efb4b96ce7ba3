import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import type { LookupOrder } from "../api/types"
import { amountsOfLookup, amountsOfOrder, linesOfLookup, linesOfOrder } from "./order-shape"

describe("order shapes", () => {
  it("reads Medusa's order lines and totals", () => {
    const order = {
      items: [
        { id: "ordli_1", title: "Sogan", product_title: "Batik Cap Kawung", variant_title: "Sogan", quantity: 2, unit_price: 150000, subtotal: 300000, thumbnail: null },
      ],
      item_subtotal: 300000,
      discount_total: 30000,
      shipping_total: 25000,
      total: 295000,
    } as unknown as HttpTypes.StoreOrder
    expect(linesOfOrder(order)).toEqual([
      { id: "ordli_1", title: "Batik Cap Kawung", variantTitle: "Sogan", quantity: 2, total: 300000, thumbnail: null },
    ])
    expect(amountsOfOrder(order)).toEqual({ subtotal: 300000, discount: 30000, shipping: 25000, total: 295000 })
  })

  it("reads the lookup's answer the same way", () => {
    const order = {
      id: "order_1",
      items: [{ title: "Keripik Tempe", variant_title: "Pedas", quantity: 3, unit_price: 22000, total: 59400, thumbnail: null, product_handle: "keripik" }],
      item_subtotal: 66000,
      discount_total: 6600,
      shipping_total: 25000,
      total: 84400,
    } as unknown as LookupOrder
    // lines before the discount, so they add up to the subtotal shown under them
    expect(linesOfLookup(order)[0]).toMatchObject({ title: "Keripik Tempe", variantTitle: "Pedas", quantity: 3, total: 66000 })
    expect(amountsOfLookup(order)).toEqual({ subtotal: 66000, discount: 6600, shipping: 25000, total: 84400 })
  })
})

import { describe, expect, it } from "vitest"
import { priceRange, sharePercent, totalStock } from "./product-summary"

const variant = (price: number, stock: number) => ({
  id: `v${price}`,
  title: "",
  sku: null,
  options: {},
  price,
  stock,
})

describe("product summary", () => {
  it("gives the price range and total stock", () => {
    const product = { variants: [variant(150000, 2), variant(95000, 0), variant(210000, 5)] }
    expect(priceRange(product)).toEqual({ min: 95000, max: 210000 })
    expect(totalStock(product)).toBe(7)
    expect(priceRange({ variants: [] })).toBeNull()
  })

  it("shows maker shares as whole percents", () => {
    expect(sharePercent(1, [1, 2])).toBe(33)
    expect(sharePercent(2, [1, 2])).toBe(67)
    expect(sharePercent(0, [0, 2])).toBeNull()
  })
})

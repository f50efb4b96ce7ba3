import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { lowestPrice } from "./lowest-price"

const variant = (amount: number | null) =>
  ({
    calculated_price: { calculated_amount: amount },
  }) as unknown as HttpTypes.StoreProductVariant

describe("lowestPrice", () => {
  it("picks the cheapest priced variant", () => {
    expect(
      lowestPrice({
        variants: [variant(250000), variant(150000), variant(null)],
      })
    ).toBe(150000)
  })

  it("is null when no variant has a price in the region", () => {
    expect(lowestPrice({ variants: [variant(null)] })).toBeNull()
    expect(lowestPrice({ variants: null })).toBeNull()
  })
})

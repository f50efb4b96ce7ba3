import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { appliedPromoCodes, isPromoApplied, normalisePromoCode } from "./promo-code"

const cart = (codes: (string | undefined)[]) =>
  ({ promotions: codes.map((code, i) => ({ id: `promo_${i}`, code })) }) as unknown as HttpTypes.StoreCart

describe("promo codes", () => {
  it("drops the spaces a copy and paste brings", () => {
    expect(normalisePromoCode("  HEMAT 10 \n")).toBe("HEMAT10")
  })

  it("lists the codes on the cart", () => {
    expect(appliedPromoCodes(cart(["HEMAT10", undefined]))).toEqual(["HEMAT10"])
    expect(appliedPromoCodes({ promotions: undefined } as unknown as HttpTypes.StoreCart)).toEqual([])
  })

  it("matches a code in any case", () => {
    expect(isPromoApplied(cart(["HEMAT10"]), "hemat10")).toBe(true)
    expect(isPromoApplied(cart(["HEMAT10"]), "HEMAT20")).toBe(false)
  })
})

import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { CartNotCompletedError } from "../api/complete-cart"
import { placeFailure } from "./place-errors"

describe("placeFailure", () => {
  it("recognises stock running out, however Medusa reports it", () => {
    expect(placeFailure(new FetchError("Some variant does not have the required inventory", "Bad Request", 400))).toBe(
      "out_of_stock"
    )
    expect(placeFailure(new CartNotCompletedError("Variant variant_1 does not have the required inventory"))).toBe(
      "out_of_stock"
    )
  })

  it("recognises a payment that was not authorised", () => {
    expect(placeFailure(new CartNotCompletedError("Payment authorization failed"))).toBe("payment")
    expect(placeFailure(new FetchError("Payment collection has not been initiated for cart", "Bad Request", 400))).toBe(
      "payment"
    )
  })

  it("tells a lost connection and a vanished cart apart from the rest", () => {
    expect(placeFailure(new TypeError("Failed to fetch"))).toBe("network")
    expect(placeFailure(new FetchError("Not Found", "Not Found", 404))).toBe("cart_gone")
    expect(placeFailure(new FetchError("boom", "Internal Server Error", 500))).toBe("unknown")
  })
})

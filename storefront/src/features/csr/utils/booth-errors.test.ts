import { describe, expect, it } from "vitest"
import { boothErrorTarget } from "./booth-errors"

const lines = [
  { variantId: "variant_01SONGKET", quantity: 2 },
  { variantId: "variant_01TEMPE", quantity: 1 },
]

describe("boothErrorTarget", () => {
  it("puts a message about items.<n> under that basket line", () => {
    expect(boothErrorTarget("items.1.quantity: only 0 in stock", lines)).toEqual({ line: "variant_01TEMPE" })
    expect(boothErrorTarget("items[0]: not sold at this expo", lines)).toEqual({ line: "variant_01SONGKET" })
    expect(
      boothErrorTarget("items[1].quantity: only 0 of Keripik Tempe (Default) in stock at the expo, 1 asked", lines)
    ).toEqual({ line: "variant_01TEMPE" })
    expect(
      boothErrorTarget("Invalid request: Value for field 'items, 1, quantity' too big, expected at most: '100'", lines)
    ).toEqual({ line: "variant_01TEMPE" })
  })

  it("puts a message naming a variant id under its line", () => {
    expect(boothErrorTarget("Variant variant_01SONGKET has 1 in stock, 2 asked", lines)).toEqual({
      line: "variant_01SONGKET",
    })
  })

  it("puts a message about a payment field under that field", () => {
    expect(boothErrorTarget("payment_reference: at most 120 characters", lines)).toEqual({ field: "payment_reference" })
    expect(boothErrorTarget("email: must be an email address", lines)).toEqual({ field: "email" })
    expect(boothErrorTarget("Invalid request: payment_method must be cash or qris", lines)).toEqual({
      field: "payment_method",
    })
  })

  it("keeps anything else, or an index past the basket, for the form", () => {
    expect(boothErrorTarget("The expo has ended", lines)).toEqual({ form: true })
    expect(boothErrorTarget("items.5.quantity: too many", lines)).toEqual({ form: true })
    expect(boothErrorTarget("items: give at least one", lines)).toEqual({ form: true })
  })
})

import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { cartProblem, findShortages } from "./cart-errors"
import { PromoNotApplicableError } from "./promo-code"

describe("cartProblem", () => {
  it("recognises Medusa's out-of-stock answer", () => {
    expect(
      cartProblem(new FetchError("Some variant does not have the required inventory", "Bad Request", 400))
    ).toEqual({ kind: "out_of_stock" })
  })

  it("recognises an unknown promo code and keeps the code as the buyer typed it", () => {
    expect(cartProblem(new FetchError("The promotion code HEMAT99 is invalid", "Bad Request", 400), "hemat99")).toEqual({
      kind: "promo_invalid",
      code: "hemat99",
    })
  })

  it("recognises a code that gives nothing on this cart", () => {
    expect(cartProblem(new PromoNotApplicableError("ONGKIR"))).toEqual({ kind: "promo_not_applicable", code: "ONGKIR" })
  })

  it("tells a lost connection from an unknown failure", () => {
    expect(cartProblem(new TypeError("Failed to fetch"))).toEqual({ kind: "network" })
    expect(cartProblem(new FetchError("boom", "Internal Server Error", 500))).toEqual({ kind: "unknown" })
  })
})

const line = (id: string, variant: string, quantity: number, title = "Batik Tulis Angso Duo") =>
  ({ id, variant_id: variant, quantity, product_title: title, title, variant_title: "Sogan" }) as HttpTypes.StoreCartLineItem

describe("findShortages", () => {
  it("names the line, what it asks and how many are left", () => {
    expect(findShortages([line("l1", "v1", 3)], { v1: { managed: true, available: 2 } })).toEqual([
      { lineId: "l1", title: "Batik Tulis Angso Duo", variantTitle: "Sogan", quantity: 3, available: 2 },
    ])
  })

  it("is empty when everything is in stock, or the variant is not counted", () => {
    expect(findShortages([line("l1", "v1", 2)], { v1: { managed: true, available: 2 } })).toEqual([])
    expect(findShortages([line("l1", "v1", 200)], { v1: { managed: false, available: 0 } })).toEqual([])
    expect(findShortages([line("l1", "v1", 2)], {})).toEqual([])
  })

  it("adds up two lines of one variant", () => {
    const shortages = findShortages([line("l1", "v1", 1), line("l2", "v1", 1)], { v1: { managed: true, available: 1 } })
    expect(shortages.map((s) => s.lineId)).toEqual(["l1", "l2"])
  })

  it("reports a sold-out variant with 0 left", () => {
    expect(findShortages([line("l1", "v1", 1)], { v1: { managed: true, available: 0 } })[0]?.available).toBe(0)
  })
})

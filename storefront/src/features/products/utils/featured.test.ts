import { describe, expect, it } from "vitest"
import { pickFeatured } from "./featured"

describe("pickFeatured", () => {
  const products = [
    { id: "a", thumbnail: null },
    { id: "b", thumbnail: "b.jpg" },
    { id: "c", thumbnail: "" },
    { id: "d", thumbnail: "d.jpg" },
    { id: "e", thumbnail: "e.jpg" },
  ]

  it("shows products with a photo first, in the catalogue's order", () => {
    expect(pickFeatured(products, 5).map((p) => p.id)).toEqual(["b", "d", "e", "a", "c"])
  })

  it("stops at the count", () => {
    expect(pickFeatured(products, 2).map((p) => p.id)).toEqual(["b", "d"])
    expect(pickFeatured(products, 0)).toEqual([])
    expect(pickFeatured([], 8)).toEqual([])
  })
})

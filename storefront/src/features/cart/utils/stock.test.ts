import { describe, expect, it } from "vitest"
import { clampQuantity, maxAddable, stockState } from "./stock"

describe("stockState", () => {
  it("says in stock, low (with how many) or out", () => {
    expect(stockState({ managed: true, available: 40 })).toBe("in_stock")
    expect(stockState({ managed: true, available: 5 })).toBe("low")
    expect(stockState({ managed: true, available: 0 })).toBe("out")
    expect(stockState({ managed: false, available: 0 })).toBe("in_stock")
    expect(stockState(undefined)).toBe("in_stock")
  })
})

describe("maxAddable", () => {
  it("subtracts what is already in the cart", () => {
    expect(maxAddable({ managed: true, available: 4 }, 1)).toBe(3)
    expect(maxAddable({ managed: true, available: 4 }, 4)).toBe(0)
    expect(maxAddable({ managed: true, available: 4 }, 6)).toBe(0)
  })

  it("caps an uncounted variant", () => {
    expect(maxAddable({ managed: false, available: 0 })).toBe(99)
    expect(maxAddable(undefined, 9)).toBe(90)
  })
})

describe("clampQuantity", () => {
  it("keeps a typed quantity within 1..max", () => {
    expect(clampQuantity(0, 5)).toBe(1)
    expect(clampQuantity(9, 5)).toBe(5)
    expect(clampQuantity(2.7, 5)).toBe(2)
    expect(clampQuantity(Number.NaN, 5)).toBe(1)
    expect(clampQuantity(3, 0)).toBe(1)
  })
})

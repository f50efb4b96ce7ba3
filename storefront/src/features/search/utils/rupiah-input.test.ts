import { describe, expect, it } from "vitest"
import { parseRupiahInput } from "./rupiah-input"

describe("parseRupiahInput", () => {
  it("reads whole rupiah as buyers write them", () => {
    expect(parseRupiahInput("150000")).toBe(150000)
    expect(parseRupiahInput("150.000")).toBe(150000)
    expect(parseRupiahInput(" Rp 1.250.000 ")).toBe(1250000)
    expect(parseRupiahInput("0")).toBe(0)
  })

  it("is undefined for an empty field (no bound) and null for anything else", () => {
    expect(parseRupiahInput("  ")).toBeUndefined()
    expect(parseRupiahInput("150,5")).toBeNull()
    expect(parseRupiahInput("15.00")).toBeNull()
    expect(parseRupiahInput("-1000")).toBeNull()
    expect(parseRupiahInput("seratus")).toBeNull()
    expect(parseRupiahInput("99999999999")).toBeNull()
  })
})

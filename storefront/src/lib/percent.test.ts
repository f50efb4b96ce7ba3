import { describe, expect, it } from "vitest"
import { formatBps } from "./percent"

describe("formatBps", () => {
  it.each([
    [5000, "50%"],
    [1500, "15%"],
    [1250, "12,5%"],
    [1, "0,01%"],
    [333, "3,33%"],
    [0, "0%"],
    [10000, "100%"],
  ])("shows %i basis points as %s in Bahasa Indonesia", (bps, text) => {
    expect(formatBps(bps)).toBe(text)
  })

  it("uses a decimal point in English", () => {
    expect(formatBps(1250, "en")).toBe("12.5%")
    expect(formatBps(5000, "en")).toBe("50%")
  })

  it("keeps two decimals when asked", () => {
    expect(formatBps(5000, "id", { fixed: true })).toBe("50,00%")
    expect(formatBps(1250, "en", { fixed: true })).toBe("12.50%")
    expect(formatBps(7, "id", { fixed: true })).toBe("0,07%")
  })

  it("is exact where float division would not be", () => {
    // 0.29 * 100 is 28.999999999999996 in floating point
    expect(formatBps(29)).toBe("0,29%")
    expect(formatBps(-2950)).toBe("-29,5%")
  })

  it("refuses what is not a whole number of basis points", () => {
    expect(() => formatBps(12.5)).toThrow(RangeError)
    expect(() => formatBps(Number.NaN)).toThrow(RangeError)
  })
})

import { describe, expect, it } from "vitest"
import { formatRupiah } from "./money"

describe("formatRupiah", () => {
  it("formats whole rupiah with id-ID grouping and a no-break space after Rp", () => {
    expect(formatRupiah(150000)).toBe("Rp\u00a0150.000")
    expect(formatRupiah(1250000)).toBe("Rp\u00a01.250.000")
  })

  it("formats zero", () => {
    expect(formatRupiah(0)).toBe("Rp\u00a00")
  })

  it("accepts a numeric string, as BigNumber values arrive from the API", () => {
    expect(formatRupiah("85000")).toBe("Rp\u00a085.000")
  })

  it("rounds a fractional amount instead of showing decimals", () => {
    expect(formatRupiah(1499.6)).toBe("Rp\u00a01.500")
    expect(formatRupiah(1499.4)).toBe("Rp\u00a01.499")
    expect(formatRupiah("85000.5")).toBe("Rp\u00a085.001")
    expect(formatRupiah(150000.25)).not.toContain(",")
  })

  it("refuses what is not an amount", () => {
    expect(() => formatRupiah("abc")).toThrow(RangeError)
    expect(() => formatRupiah("")).toThrow(RangeError)
    expect(() => formatRupiah(Number.NaN)).toThrow(RangeError)
  })
})

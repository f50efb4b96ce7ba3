import { describe, expect, it } from "vitest"
import { isProvince, matchProvince, PROVINCES } from "./provinces"

describe("PROVINCES", () => {
  it("lists Indonesia's 38 provinces once each", () => {
    expect(PROVINCES).toHaveLength(38)
    expect(new Set(PROVINCES).size).toBe(38)
  })

  it("includes the four Papuan provinces formed in 2022 and the capital", () => {
    for (const p of ["Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya", "DKI Jakarta"]) {
      expect(PROVINCES).toContain(p)
    }
  })

  it("includes the provinces of the store's facilities", () => {
    for (const p of ["Jambi", "Sumatera Selatan", "Banten"]) expect(isProvince(p)).toBe(true)
  })

  it("is not a list of old spellings or cities", () => {
    expect(isProvince("Irian Jaya")).toBe(false)
    expect(isProvince("Jakarta Selatan")).toBe(false)
    expect(isProvince("")).toBe(false)
  })
})

describe("matchProvince", () => {
  it("finds a province written differently", () => {
    expect(matchProvince("jambi")).toBe("Jambi")
    expect(matchProvince("  Sumatera  Selatan ")).toBe("Sumatera Selatan")
    expect(matchProvince("Jakarta")).toBe("DKI Jakarta")
    expect(matchProvince("Daerah Istimewa Yogyakarta")).toBe("DI Yogyakarta")
    expect(matchProvince("Provinsi Banten")).toBe("Banten")
  })

  it("is null for what is not a province", () => {
    expect(matchProvince("Texas")).toBeNull()
    expect(matchProvince(null)).toBeNull()
    expect(matchProvince("")).toBeNull()
  })
})

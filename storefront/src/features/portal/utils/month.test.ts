import { describe, expect, it } from "vitest"
import { isMonth } from "./is-month"
import { currentMonth, formatMonth, shiftMonth } from "./month"

describe("isMonth", () => {
  it.each(["2025-01", "2025-12", "1999-09"])("accepts %s", (value) => {
    expect(isMonth(value)).toBe(true)
  })

  it.each(["2025-13", "2025-00", "2025-1", "25-01", "2025-01-01", " 2025-01", "", 202501, null])(
    "refuses %j",
    (value) => {
      expect(isMonth(value)).toBe(false)
    }
  )
})

describe("currentMonth", () => {
  it("counts in Jakarta time: 17:00 UTC on the last day is already the next month there", () => {
    expect(currentMonth(new Date("2025-05-31T16:59:59Z"))).toBe("2025-05")
    expect(currentMonth(new Date("2025-05-31T17:00:00Z"))).toBe("2025-06")
    expect(currentMonth(new Date("2025-12-31T18:00:00Z"))).toBe("2026-01")
  })
})

describe("shiftMonth", () => {
  it("moves across years both ways", () => {
    expect(shiftMonth("2025-01", -1)).toBe("2024-12")
    expect(shiftMonth("2024-12", 1)).toBe("2025-01")
    expect(shiftMonth("2025-05", 0)).toBe("2025-05")
    expect(shiftMonth("2025-05", -17)).toBe("2023-12")
  })

  it("refuses what is not a month", () => {
    expect(() => shiftMonth("2025-13", 1)).toThrow(RangeError)
  })
})

describe("formatMonth", () => {
  it("names the month in the reader's language", () => {
    expect(formatMonth("2025-05", "id")).toBe("Mei 2025")
    expect(formatMonth("2025-05", "en")).toBe("May 2025")
    expect(formatMonth("2025-01", "id")).toBe("Januari 2025")
  })

  it("leaves anything else as it is", () => {
    expect(formatMonth("bulan lalu", "id")).toBe("bulan lalu")
  })
})

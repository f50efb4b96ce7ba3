import { describe, expect, it } from "vitest"
import { isDay, parsePeriod } from "./period"

describe("parsePeriod", () => {
  it("accepts both, one or no bound", () => {
    expect(parsePeriod("2026-01-01", "2026-12-31")).toEqual({ period: { from: "2026-01-01", to: "2026-12-31" } })
    expect(parsePeriod("", "2026-12-31")).toEqual({ period: { to: "2026-12-31" } })
    expect(parsePeriod(" ", "")).toEqual({ period: {} })
    expect(parsePeriod("2026-05-05", "2026-05-05")).toEqual({ period: { from: "2026-05-05", to: "2026-05-05" } })
  })

  it("names the bound that is wrong, or the order", () => {
    expect(parsePeriod("2026-02-30", "")).toEqual({ problem: "from" })
    expect(parsePeriod("", "31/12/2026")).toEqual({ problem: "to" })
    expect(parsePeriod("2026-12-31", "2026-01-01")).toEqual({ problem: "order" })
  })

  it("knows the calendar", () => {
    expect(isDay("2028-02-29")).toBe(true)
    expect(isDay("2026-02-29")).toBe(false)
    expect(isDay(20260101)).toBe(false)
  })
})

import { describe, expect, it } from "vitest"
import {
  expoPhase,
  formatExpoDates,
  formatReportDate,
  formatReportDay,
  formatReportMonth,
  formatSaleTime,
  groupExposByPhase,
  jakartaParts,
  jakartaToday,
  toJakartaIso,
} from "./dates"

const smexpo = { starts_at: "2026-12-04T02:00:00.000Z", ends_at: "2026-12-06T14:00:00.000Z" }

describe("formatExpoDates", () => {
  it("shows the days and opening hours in Jakarta time, Indonesian first", () => {
    expect(formatExpoDates(smexpo.starts_at, smexpo.ends_at, "id")).toBe("4–6 Desember 2026, 09.00–21.00 WIB")
    expect(formatExpoDates(smexpo.starts_at, smexpo.ends_at, "en")).toMatch(/^4\s?–\s?6 December 2026, 09:00–21:00 WIB$/)
  })

  it("shows a one-day expo once, and months and years when they differ", () => {
    expect(formatExpoDates("2026-08-17T01:00:00Z", "2026-08-17T10:00:00Z", "id")).toBe("17 Agustus 2026, 08.00–17.00 WIB")
    // ICU puts thin spaces around the range's dash
    expect(formatExpoDates("2026-12-30T02:00:00Z", "2027-01-02T12:00:00Z", "id")).toMatch(
      /^30 Desember 2026\s–\s2 Januari 2027, 09\.00–19\.00 WIB$/
    )
  })

  it("gives null for a date that is not one", () => {
    expect(formatExpoDates("soon", smexpo.ends_at, "id")).toBeNull()
  })
})

describe("Jakarta's wall clock", () => {
  it("reads the day and time in Jakarta, across UTC's midnight", () => {
    expect(jakartaParts("2026-12-04T02:00:00Z")).toEqual({ date: "2026-12-04", time: "09:00" })
    expect(jakartaParts("2026-12-03T20:30:00Z")).toEqual({ date: "2026-12-04", time: "03:30" })
    expect(jakartaParts("not a date")).toBeNull()
    expect(jakartaToday(new Date("2026-12-31T18:00:00Z"))).toBe("2027-01-01")
  })

  it("writes a typed day and time as +07:00, and round-trips", () => {
    const iso = toJakartaIso("2026-12-04", "09:00")
    expect(iso).toBe("2026-12-04T09:00:00+07:00")
    expect(new Date(iso!).toISOString()).toBe("2026-12-04T02:00:00.000Z")
    expect(jakartaParts(iso!)).toEqual({ date: "2026-12-04", time: "09:00" })
  })

  it("refuses days and times that do not exist", () => {
    expect(toJakartaIso("2026-02-30", "09:00")).toBeNull()
    expect(toJakartaIso("2026-12-04", "24:00")).toBeNull()
    expect(toJakartaIso("4/12/2026", "09:00")).toBeNull()
    expect(toJakartaIso("2026-12-04", "")).toBeNull()
  })
})

describe("report dates", () => {
  it("formats days, months, period bounds and sale times in both languages", () => {
    expect(formatReportDay("2026-12-05", "id")).toBe("5 Des")
    expect(formatReportDay("2026-12-05", "en")).toBe("5 Dec")
    expect(formatReportMonth("2026-08", "id")).toBe("Agu 2026")
    expect(formatReportMonth("2026-08", "en")).toBe("Aug 2026")
    expect(formatReportDate("2026-01-31", "id")).toBe("31 Januari 2026")
    expect(formatSaleTime("2026-12-05T07:30:00Z", "id")).toBe("5 Des 2026, 14.30")
    expect(formatSaleTime("2026-12-05T07:30:00Z", "en")).toBe("5 Dec 2026, 14:30")
    expect(formatSaleTime("?", "id")).toBeNull()
    expect(formatReportDay("bad", "id")).toBe("bad")
  })
})

describe("expo phases", () => {
  it("tells upcoming, running and past apart at the edges", () => {
    expect(expoPhase(smexpo, new Date("2026-12-04T01:59:59Z"))).toBe("upcoming")
    expect(expoPhase(smexpo, new Date("2026-12-04T02:00:00Z"))).toBe("running")
    expect(expoPhase(smexpo, new Date("2026-12-06T14:00:00Z"))).toBe("running")
    expect(expoPhase(smexpo, new Date("2026-12-06T14:00:01Z"))).toBe("past")
  })

  it("groups expos: running and upcoming soonest first, past most recent first", () => {
    const e = (id: string, starts: string, ends: string) => ({ id, starts_at: starts, ends_at: ends })
    const expos = [
      e("later", "2027-03-01T02:00:00Z", "2027-03-02T02:00:00Z"),
      e("old", "2025-01-01T02:00:00Z", "2025-01-02T02:00:00Z"),
      e("now", "2026-12-01T02:00:00Z", "2026-12-09T02:00:00Z"),
      e("soon", "2026-12-20T02:00:00Z", "2026-12-21T02:00:00Z"),
      e("recent", "2026-10-01T02:00:00Z", "2026-10-02T02:00:00Z"),
    ]
    const groups = groupExposByPhase(expos, new Date("2026-12-05T00:00:00Z"))
    expect(groups.running.map((x) => x.id)).toEqual(["now"])
    expect(groups.upcoming.map((x) => x.id)).toEqual(["soon", "later"])
    expect(groups.past.map((x) => x.id)).toEqual(["recent", "old"])
  })
})

import { describe, expect, it } from "vitest"
import { formatJakartaDate, formatJakartaDateTime } from "./jakarta-time"

describe("formatJakartaDateTime", () => {
  it("shows the deadline in Jakarta time (UTC+7), whatever the device's zone", () => {
    // 18:30 UTC is 01:30 the next day in Jakarta
    const id = formatJakartaDateTime("2026-11-23T18:30:00.000Z", "id")
    expect(id).toContain("24 November 2026")
    expect(id).toContain("01.30")
    expect(id).toMatch(/WIB$/)
    const en = formatJakartaDateTime("2026-11-23T18:30:00.000Z", "en")
    expect(en).toContain("24 November 2026")
    expect(en).toContain("01:30")
    expect(en).toMatch(/WIB$/)
  })

  it("names the day in the buyer's language", () => {
    expect(formatJakartaDateTime("2026-11-24T03:00:00.000Z", "id")).toMatch(/^Selasa/)
    expect(formatJakartaDateTime("2026-11-24T03:00:00.000Z", "en")).toMatch(/^Tuesday/)
  })

  it("is null for a bad date", () => {
    expect(formatJakartaDateTime("soon", "id")).toBeNull()
    expect(formatJakartaDate("", "en")).toBeNull()
  })
})

import { describe, expect, it } from "vitest"
import { accessSource, formatAccessTime } from "./access-log"

describe("accessSource", () => {
  it("names each kind of read from its route", () => {
    expect(accessSource("GET /portal/facility/participants")).toBe("list")
    expect(accessSource("GET /portal/facility/participants/ptc_1")).toBe("detail")
    expect(accessSource("POST /portal/facility/participants/ptc_1/consent")).toBe("change")
    expect(accessSource("POST /portal/facility/participants")).toBe("change")
    expect(accessSource("GET /portal/facility/revenue/statements/ptc_1")).toBe("statement")
    expect(accessSource("GET /admin/revenue/facilities/fac_1/statements/ptc_1")).toBe("statement")
    expect(accessSource("GET /admin/something/else")).toBe("admin")
    expect(accessSource("GET /portal/facility/other")).toBe("other")
    expect(accessSource("")).toBe("other")
  })
})

describe("formatAccessTime", () => {
  it("shows the date and time in Jakarta, and nothing for a broken date", () => {
    const text = formatAccessTime("2026-11-22T23:30:00Z", "en-GB")
    expect(text).toContain("23 Nov 2026")
    expect(text).toContain("06:30")
    expect(formatAccessTime("bukan tanggal", "id-ID")).toBe("")
  })
})

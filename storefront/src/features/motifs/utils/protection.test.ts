import { describe, expect, it } from "vitest"
import { formatCalendarDate, protectionText } from "./protection"

describe("protectionText", () => {
  it("gives the end date in Indonesian", () => {
    expect(
      protectionText({ rule: "50_years_from_publication", ends_at: "2073-01-01" }, "id-ID")
    ).toEqual({ key: "motif.protectedUntil", date: "1 Januari 2073" })
  })

  it("gives the end date in English", () => {
    expect(
      protectionText({ rule: "50_years_from_publication", ends_at: "2073-01-01" }, "en")
    ).toEqual({ key: "motif.protectedUntil", date: "January 1, 2073" })
  })

  it("describes life plus 70 years when the end is unknown", () => {
    expect(protectionText({ rule: "life_plus_70_years", ends_at: null }, "id-ID")).toEqual({
      key: "motif.protectedLifePlus70",
    })
  })

  it("falls back to the rule for an institution without a publication date", () => {
    expect(protectionText({ rule: "50_years_from_publication", ends_at: null }, "id-ID")).toEqual({
      key: "motif.protectedFiftyYears",
    })
  })
})

describe("formatCalendarDate", () => {
  it("does not shift the day across time zones", () => {
    expect(formatCalendarDate("2023-12-31", "id-ID")).toBe("31 Desember 2023")
  })
  it("keeps an unreadable value as it is", () => {
    expect(formatCalendarDate("soon", "id-ID")).toBe("soon")
  })
})

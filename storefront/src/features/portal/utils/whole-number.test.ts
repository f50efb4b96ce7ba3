import { describe, expect, it } from "vitest"
import { parseWholeNumber } from "./whole-number"

describe("parseWholeNumber", () => {
  it.each([
    ["150000", 150000],
    ["150.000", 150000],
    ["1.250.000", 1250000],
    ["Rp 150.000", 150000],
    ["rp150000", 150000],
    ["150 000", 150000],
    [" 0 ", 0],
  ])("reads %j as %d", (input, expected) => {
    expect(parseWholeNumber(input)).toBe(expected)
  })

  it.each(["", "  ", "-5", "12,5", "1.5", "15.00", "1.2345", "abc", "1e6", "99999999999999999"])(
    "refuses %j",
    (input) => {
      expect(parseWholeNumber(input)).toBeNull()
    }
  )
})

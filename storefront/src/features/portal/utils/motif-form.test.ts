import { describe, expect, it } from "vitest"
import {
  bpsToPercent,
  emptyMotifForm,
  percentToBps,
  toMotifBody,
  validateMotifForm,
} from "./motif-form"

describe("percentToBps", () => {
  it.each([
    ["0", 0],
    ["5", 500],
    ["12,5", 1250],
    ["12.25", 1225],
    ["100", 10000],
    [" 7 % ", 700],
  ])("reads %s as %i basis points", (input, bps) => {
    expect(percentToBps(input)).toBe(bps)
  })

  it.each(["", "-1", "100.01", "101", "abc", "1.234", "1,2,3"])("refuses %s", (input) => {
    expect(percentToBps(input)).toBeNull()
  })
})

describe("bpsToPercent", () => {
  it("writes basis points as a percent", () => {
    expect(bpsToPercent(1250)).toBe("12,5")
    expect(bpsToPercent(1250, ".")).toBe("12.5")
    expect(bpsToPercent(500)).toBe("5")
    expect(bpsToPercent(0)).toBe("0")
  })

  it("round-trips every whole basis point", () => {
    for (const bps of [1, 99, 333, 5000, 9999, 10000]) {
      expect(percentToBps(bpsToPercent(bps))).toBe(bps)
    }
  })
})

describe("validateMotifForm", () => {
  it("asks for a title and a royalty in range", () => {
    const errors = validateMotifForm({ ...emptyMotifForm(), royalty_percent: "150" })
    expect(errors).toEqual({ title: "required", royalty_bps: "royaltyPercent" })
  })

  it("asks for the holder's name by kind", () => {
    expect(validateMotifForm({ ...emptyMotifForm(), title: "A", holder_kind: "participant" })).toEqual({
      holder_participant_id: "required",
    })
    expect(validateMotifForm({ ...emptyMotifForm(), title: "A", holder_kind: "organisation" })).toEqual({
      holder_organisation: "required",
    })
  })

  it("checks creator rows", () => {
    const values = { ...emptyMotifForm(), title: "A", creators: [{ participant_id: "p1", share: "0" }] }
    expect(validateMotifForm(values)).toEqual({ creators: "shareNumber" })
  })
})

describe("toMotifBody", () => {
  it("converts the royalty and clears names the holder kind does not use", () => {
    const body = toMotifBody({
      ...emptyMotifForm(),
      title: " Angso Duo ",
      royalty_percent: "2,5",
      holder_kind: "facility",
      holder_organisation: "left over",
      registration_number: "",
      creators: [{ participant_id: "p1", share: "60" }],
    })
    expect(body).toMatchObject({
      title: "Angso Duo",
      royalty_bps: 250,
      holder_kind: "facility",
      holder_organisation: null,
      holder_participant_id: null,
      registration_number: null,
      creators: [{ participant_id: "p1", share: 60 }],
    })
  })
})

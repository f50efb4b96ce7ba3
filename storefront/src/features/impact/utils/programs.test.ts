import { describe, expect, it } from "vitest"
import { impactPrograms } from "./programs"

describe("impactPrograms", () => {
  it("shows nothing while there are no programs", () => {
    expect(impactPrograms([])).toEqual([])
    expect(impactPrograms(undefined)).toEqual([])
  })

  it("keeps programs with a name and a whole-rupiah total", () => {
    expect(
      impactPrograms([
        { id: "prg_1", name: "Srikandi Mandiri", sponsor: "Pertamina", makers_total: 1250000 },
        { handle: "patra-academy", name: "PATRA Academy", makers_total: 0 },
      ])
    ).toEqual([
      { id: "prg_1", name: "Srikandi Mandiri", sponsor: "Pertamina", makers_total: 1250000 },
      { id: "patra-academy", name: "PATRA Academy", sponsor: null, makers_total: 0 },
    ])
  })

  it("leaves out what it cannot show honestly", () => {
    expect(
      impactPrograms([
        null,
        "Srikandi",
        { name: "", makers_total: 10 },
        { name: "No total" },
        { name: "Fraction", makers_total: 10.5 },
        { name: "Negative", makers_total: -1 },
        { name: "Text total", makers_total: "1000" },
      ])
    ).toEqual([])
  })
})

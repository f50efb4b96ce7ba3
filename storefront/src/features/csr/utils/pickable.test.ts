import { describe, expect, it } from "vitest"
import type { PickableProduct } from "../api/types"
import { filterPickable, groupByFacility } from "./pickable"

const p = (id: string, title: string, facility: string): PickableProduct => ({
  id,
  title,
  handle: id,
  thumbnail: null,
  facility: { handle: facility.toLowerCase().replace(/\s+/g, "-"), name: facility },
})
const list = [p("a", "Keripik Tempe", "LPP Palembang"), p("b", "Songket Limar", "LPP Palembang"), p("c", "Batik Angso Duo", "Lapas Jambi")]

describe("the featured-product picker", () => {
  it("filters by title or facility, every word typed", () => {
    expect(filterPickable(list, "keripik").map((x) => x.id)).toEqual(["a"])
    expect(filterPickable(list, "palembang songket").map((x) => x.id)).toEqual(["b"])
    expect(filterPickable(list, "")).toHaveLength(3)
    expect(filterPickable(list, "tenun")).toEqual([])
  })

  it("groups by facility in the order they first appear", () => {
    expect(groupByFacility(list).map(([name, items]) => [name, items.map((x) => x.id)])).toEqual([
      ["LPP Palembang", ["a", "b"]],
      ["Lapas Jambi", ["c"]],
    ])
  })
})

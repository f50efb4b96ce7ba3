import { describe, expect, it } from "vitest"
import { facetLabeler, facetOptions } from "./facet-options"

const hit = {
  facility_handle: "lapas-perempuan-jambi",
  facility_name: "Lapas Perempuan Kelas IIB Jambi",
  craft: "batik-tulis",
  craft_name: "Batik Tulis",
}

describe("facetLabeler", () => {
  it("names facilities and crafts from their lists first, then from the hits, else shows the value", () => {
    const fromHits = facetLabeler({ hits: [hit] })
    expect(fromHits("facility", "lapas-perempuan-jambi")).toBe("Lapas Perempuan Kelas IIB Jambi")
    expect(fromHits("craft", "batik-tulis")).toBe("Batik Tulis")
    expect(fromHits("craft", "songket")).toBe("songket")
    expect(fromHits("province", "Jambi")).toBe("Jambi")

    const fromLists = facetLabeler({
      hits: [hit],
      crafts: [{ handle: "batik-tulis", name: "Hand-drawn Batik" }],
      facilities: [{ handle: "lpp-palembang", name: "LPP Kelas IIA Palembang" }],
    })
    expect(fromLists("craft", "batik-tulis")).toBe("Hand-drawn Batik")
    expect(fromLists("facility", "lpp-palembang")).toBe("LPP Kelas IIA Palembang")
  })
})

describe("facetOptions", () => {
  const labelFor = facetLabeler({ crafts: [{ handle: "anyaman", name: "Anyaman" }, { handle: "songket", name: "Songket" }] })

  it("lists the counted values, most products first, then by name, marking the ticked ones", () => {
    expect(facetOptions("craft", { songket: 4, anyaman: 4, "kue-roti": 6 }, ["songket"], labelFor)).toEqual([
      { value: "kue-roti", label: "kue-roti", count: 6, selected: false },
      { value: "anyaman", label: "Anyaman", count: 4, selected: false },
      { value: "songket", label: "Songket", count: 4, selected: true },
    ])
  })

  it("keeps a ticked value the server no longer counts, so it can be unticked", () => {
    expect(facetOptions("craft", {}, ["songket"], labelFor)).toEqual([
      { value: "songket", label: "Songket", count: 0, selected: true },
    ])
    expect(facetOptions("motif", undefined, [], labelFor)).toEqual([])
  })
})

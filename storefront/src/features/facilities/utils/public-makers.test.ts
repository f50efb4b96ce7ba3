import { describe, expect, it } from "vitest"
import type { PublicMaker } from "../api/types"
import { groupMakers, localized } from "./public-makers"

const maker = (over: Partial<PublicMaker>): PublicMaker => ({
  id: "ptc_1",
  label: "Pembuat, Lapas Perempuan Jambi",
  skills: ["kue"],
  story: null,
  facility_handle: "lapas-perempuan-jambi",
  ...over,
})

const makers: PublicMaker[] = [
  maker({ id: "ptc_s", label: "Ibu S.", skills: ["batik_cap"] }),
  maker({
    id: "ptc_r",
    label: "Ibu Rini",
    skills: ["batik_tulis"],
    story: { id: "Belajar membatik sejak 2020.", en: "Learned batik in 2020." },
  }),
  maker({ id: "ptc_a" }),
  maker({ id: "ptc_b", skills: ["menjahit"] }),
]

describe("groupMakers", () => {
  it("names the makers who chose a name, with a story only where the API sent one", () => {
    const { named, unnamed } = groupMakers(makers, "Lapas Perempuan Jambi", "id")
    expect(named).toEqual([
      { id: "ptc_r", name: "Ibu Rini", story: "Belajar membatik sejak 2020." },
      { id: "ptc_s", name: "Ibu S.", story: null },
    ])
    expect(unnamed).toBe(2)
  })

  it("tells the story in English when the page is in English", () => {
    const { named } = groupMakers(makers, "Lapas Perempuan Jambi", "en")
    expect(named[0]).toEqual({ id: "ptc_r", name: "Ibu Rini", story: "Learned batik in 2020." })
  })

  it("never carries anything but the name and the story (no skills, no facility)", () => {
    const { named } = groupMakers(makers, "Lapas Perempuan Jambi", "id")
    for (const entry of named) expect(Object.keys(entry).sort()).toEqual(["id", "name", "story"])
    expect(JSON.stringify(named)).not.toContain("batik_")
  })

  it("counts the anonymous makers instead of listing them, and an empty label as anonymous", () => {
    const { named, unnamed } = groupMakers([maker({ id: "x" }), maker({ id: "y", label: "  " })], "Lapas Perempuan Jambi", "id")
    expect(named).toEqual([])
    expect(unnamed).toBe(2)
  })

  it("handles a facility without makers", () => {
    expect(groupMakers([], "LPP Palembang", "id")).toEqual({ named: [], unnamed: 0 })
  })
})

describe("localized", () => {
  it("picks the language, falling back to the other one when blank", () => {
    expect(localized({ id: "Cerita", en: "Story" }, "en")).toBe("Story")
    expect(localized({ id: "Cerita", en: "" }, "en")).toBe("Cerita")
    expect(localized({ id: "", en: "Story" }, "id")).toBe("Story")
    expect(localized({ id: " ", en: " " }, "id")).toBeNull()
    expect(localized(null, "id")).toBeNull()
  })
})

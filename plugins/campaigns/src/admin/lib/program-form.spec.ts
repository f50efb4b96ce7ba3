import {
  emptyProgramForm,
  formToCreateBody,
  formToUpdateBody,
  parseList,
  parseSdgTargets,
  programToForm,
  slugify,
} from "./program-form"
import type { Program } from "./types"

const patra: Program = {
  id: "prog_patra",
  handle: "patra-academy",
  name: "PATRA Academy",
  sponsor: { company: "Kilang Pertamina Plaju (Refinery Unit III)", unit: "Communication, Relation & CSR" },
  start_date: null,
  skills: ["menjahit", "anyaman tali meiwa"],
  sdg_targets: ["1.4"],
  description: { id: "Pelatihan menjahit", en: "Sewing training" },
  is_active: true,
  facilities: [{ id: "fac_plg", handle: "lpp-palembang", name: "LPP Kelas IIA Palembang", short_name: "LPP Palembang", city: "Palembang", province: "Sumatera Selatan" }],
}

describe("parseList", () => {
  it("splits on commas, semicolons and lines, tidies spaces and drops empties and repeats", () => {
    expect(parseList("Menjahit, menjahit;\n  roti   dan kue ,, \r\ntenun songket;")).toEqual(["Menjahit", "roti dan kue", "tenun songket"])
  })

  it("gives nothing for blank text", () => {
    expect(parseList(" , ;\n ")).toEqual([])
  })
})

describe("parseSdgTargets", () => {
  it("reads target numbers however they are prefixed or separated", () => {
    expect(parseSdgTargets("SDG 1.4, target 8.5\n5.5 1.4")).toEqual(["1.4", "8.5", "5.5"])
    expect(parseSdgTargets("SDGs 10.2")).toEqual(["10.2"])
  })

  it("leaves what is not a number for the API to refuse", () => {
    expect(parseSdgTargets("satu")).toEqual(["satu"])
  })
})

describe("program form ↔ API", () => {
  it("builds a create body with lists parsed and an empty start date left out", () => {
    const body = formToCreateBody({
      ...emptyProgramForm,
      handle: " wub-ikm ",
      name: " WUB IKM ",
      sponsor_company: "Kementerian Perindustrian",
      skills: "menjahit, membatik",
      sdg_targets: "SDG 8.5",
      facility_ids: ["fac_a"],
    })
    expect(body).toEqual({
      handle: "wub-ikm",
      name: "WUB IKM",
      sponsor_company: "Kementerian Perindustrian",
      sponsor_unit: "",
      skills: ["menjahit", "membatik"],
      sdg_targets: ["8.5"],
      description_id: "",
      description_en: "",
      is_active: true,
      facility_ids: ["fac_a"],
    })
    expect(body).not.toHaveProperty("start_date")
    expect(formToCreateBody({ ...emptyProgramForm, start_date: "2025-10-25" }).start_date).toBe("2025-10-25")
  })

  it("round-trips a program through the form without changes", () => {
    const form = programToForm(patra)
    expect(form).toMatchObject({ start_date: "", skills: "menjahit, anyaman tali meiwa", sdg_targets: "1.4", facility_ids: ["fac_plg"] })
    expect(formToUpdateBody(form, form)).toEqual({})
  })

  it("sends only what changed, and the facilities only when the set changed", () => {
    const initial = programToForm(patra)
    expect(formToUpdateBody({ ...initial, skills: "menjahit,  anyaman tali meiwa, membordir" }, initial)).toEqual({
      skills: ["menjahit", "anyaman tali meiwa", "membordir"],
    })
    // the same set in another order is no change (an inactive linked facility must not be unlinked by a save)
    const two = { ...initial, facility_ids: ["fac_plg", "fac_jambi"] }
    expect(formToUpdateBody({ ...two, facility_ids: ["fac_jambi", "fac_plg"] }, two)).toEqual({})
    expect(formToUpdateBody({ ...initial, facility_ids: [] }, initial)).toEqual({ facility_ids: [] })
    // spaces alone change nothing
    expect(formToUpdateBody({ ...initial, name: " PATRA Academy " }, initial)).toEqual({})
  })

  it("sets and clears the start date (cleared is null, not left out)", () => {
    const initial = programToForm(patra)
    expect(formToUpdateBody({ ...initial, start_date: "2024-03-01" }, initial)).toEqual({ start_date: "2024-03-01" })
    const dated = { ...initial, start_date: "2024-03-01" }
    expect(formToUpdateBody({ ...dated, start_date: "" }, dated)).toEqual({ start_date: null })
  })
})

describe("slugify", () => {
  it("suggests a handle the API accepts", () => {
    expect(slugify("PATRA Academy 2027")).toBe("patra-academy-2027")
    expect(slugify("  Srikandi — Perubahan! ")).toBe("srikandi-perubahan")
    expect(slugify("Kopi Semendé")).toBe("kopi-semende")
    expect(slugify(`${"a".repeat(79)} b`)).toMatch(/^a{79}$/)
  })
})

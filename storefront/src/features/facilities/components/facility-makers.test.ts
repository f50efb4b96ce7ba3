// The facility page's makers as a buyer sees them: names only as consented, stories only where shared, the others
// counted, and nothing else about anyone.
import i18n from "i18next"
import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { initReactI18next } from "react-i18next"
import { beforeAll, describe, expect, it } from "vitest"
import type { PublicMaker } from "../api/types"
import en from "../locales/en.json"
import id from "../locales/id.json"
import { FacilityMakers } from "./facility-makers"

const makers: PublicMaker[] = [
  {
    id: "ptc_r",
    label: "Ibu Rini",
    skills: ["batik_tulis"],
    story: { id: "Belajar membatik sejak 2020.", en: "Learned batik in 2020." },
    facility_handle: "lapas-perempuan-jambi",
  },
  { id: "ptc_s", label: "Ibu S.", skills: ["batik_cap"], story: null, facility_handle: "lapas-perempuan-jambi" },
  { id: "ptc_a", label: "Pembuat, Lapas Perempuan Jambi", skills: ["menjahit"], story: null, facility_handle: "lapas-perempuan-jambi" },
  { id: "ptc_b", label: "Pembuat, Lapas Perempuan Jambi", skills: ["kue"], story: null, facility_handle: "lapas-perempuan-jambi" },
]

const render = async (language: "id" | "en", list = makers) => {
  await i18n.changeLanguage(language)
  return renderToStaticMarkup(createElement(FacilityMakers, { makers: list, shortName: "Lapas Perempuan Jambi" }))
}

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: "id",
    fallbackLng: "id",
    resources: { id: { translation: id }, en: { translation: en } },
    interpolation: { escapeValue: false },
  })
})

describe("FacilityMakers", () => {
  it("shows the makers who chose a name, and a story only where she shared one", async () => {
    const html = await render("id")
    expect(html).toContain("Ibu Rini")
    expect(html).toContain("Belajar membatik sejak 2020.")
    expect(html).toContain("Ibu S.")
    expect(html.match(/class="maker-card"/g)).toHaveLength(2)
  })

  it("counts the makers without a chosen name instead of listing them", async () => {
    const html = await render("id")
    expect(html).not.toContain("Pembuat, Lapas Perempuan Jambi")
    expect(html).toContain("Dan 2 pembuat lain yang namanya tidak ditampilkan.")
  })

  it("shows nothing else about anyone: no skills, no ids", async () => {
    const html = await render("id")
    for (const hidden of ["batik_tulis", "batik_cap", "menjahit", "kue", "ptc_"]) expect(html).not.toContain(hidden)
  })

  it("tells the story and the count in English", async () => {
    const html = await render("en")
    expect(html).toContain("Learned batik in 2020.")
    expect(html).toContain("And 2 other makers whose names are not shown.")
    expect(html).toContain("The makers")
  })

  it("says so when no maker chose a name, and shows nothing without makers", async () => {
    expect(await render("id", makers.slice(3))).toContain("Ada 1 pembuat di sini yang namanya tidak ditampilkan.")
    expect(await render("id", [])).toBe("")
  })
})

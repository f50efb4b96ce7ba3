import { publicMakerLabel, toPublicMaker, type MakerRecord } from "./maker-label"

const facility = { handle: "lapas-perempuan-jambi", short_name: "Lapas Perempuan Jambi" }
const maker = (over: Partial<MakerRecord> = {}): MakerRecord => ({
  id: "ptc_1",
  display_name: "Ibu R.",
  consent_display_name: true,
  consent_story: true,
  consent_withdrawn_at: null,
  story_id: "Cerita",
  story_en: "Story",
  skills: ["batik_tulis"],
  ...over,
})

describe("the public maker label", () => {
  it("is her chosen display name while she consents to it", () => {
    expect(publicMakerLabel(maker(), facility.short_name)).toBe("Ibu R.")
  })

  it("is only her facility without consent, after withdrawal, or with an empty display name", () => {
    expect(publicMakerLabel(maker({ consent_display_name: false }), facility.short_name)).toBe("Pembuat, Lapas Perempuan Jambi")
    expect(publicMakerLabel(maker({ consent_withdrawn_at: new Date() }), facility.short_name)).toBe("Pembuat, Lapas Perempuan Jambi")
    expect(publicMakerLabel(maker({ display_name: "  " }), facility.short_name)).toBe("Pembuat, Lapas Perempuan Jambi")
  })

  it("shows her story only with consent to the story", () => {
    expect(toPublicMaker(maker(), facility).story).toEqual({ id: "Cerita", en: "Story" })
    expect(toPublicMaker(maker({ consent_story: false }), facility).story).toBeNull()
    expect(toPublicMaker(maker({ consent_withdrawn_at: "2025-01-01" }), facility).story).toBeNull()
  })

  it("carries no private field whatever the record holds", () => {
    const record = { ...maker(), legal_name: "Rini Marlina", registration_number: "JMB-1" } as MakerRecord
    const shown = JSON.stringify(toPublicMaker(record, facility))
    expect(shown).not.toContain("Rini Marlina")
    expect(shown).not.toContain("JMB-1")
  })
})

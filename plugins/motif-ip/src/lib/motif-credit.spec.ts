import { protection, toStoreMotif, type MotifRow } from "./motif-credit"

const motif = (over: Partial<MotifRow> = {}): MotifRow => ({
  id: "motif_1",
  title: "Angso Duo Lapuanja",
  description_id: "Sepasang angsa.",
  description_en: "",
  image: null,
  status: "registered",
  application_number: "EC00202301101",
  registration_number: "000450101",
  work_type: "Seni Motif",
  first_published_at: "2023-03-14T00:00:00.000Z",
  first_published_place: "Muaro Jambi",
  holder_kind: "facility",
  holder_participant_id: null,
  holder_organisation: null,
  royalty_bps: 500,
  credit_required: true,
  other_facilities_allowed: false,
  creators: [
    { participant_id: "ptc_b", share: 1 },
    { participant_id: "ptc_a", share: 2 },
    { participant_id: "ptc_c", share: 1 },
  ],
  facility: { id: "fac_1", handle: "lapas-perempuan-jambi", name: "Lapas Perempuan Kelas IIB Jambi", short_name: "Lapas Perempuan Jambi" },
  ...over,
})

const maker = (id: string, display_name: string, consent: boolean, withdrawn = false) => ({
  id,
  display_name,
  consent_display_name: consent,
  consent_story: false,
  consent_withdrawn_at: withdrawn ? new Date() : null,
  story_id: null,
  story_en: null,
  skills: [],
  legal_name: `LEGAL ${display_name}`,
  registration_number: `REG-${id}`,
})

const makers = new Map([
  ["ptc_a", maker("ptc_a", "Ibu Rini", true)],
  ["ptc_b", maker("ptc_b", "Ibu S.", true)],
  ["ptc_c", maker("ptc_c", "Ibu Nur", true, true)],
])

describe("a motif in public", () => {
  it("has a credit line: title — creators by share as consented — DJKI number — holder", () => {
    expect(toStoreMotif(motif(), makers).credit_line).toBe(
      "Angso Duo Lapuanja — Pencipta: Ibu Rini, Ibu S., Pembuat, Lapas Perempuan Jambi — DJKI No. 000450101 — Pemegang hak: Lapas Perempuan Kelas IIB Jambi"
    )
  })

  it("names the application while the registration is pending, and an organisation or participant holder", () => {
    const pending = toStoreMotif(motif({ status: "applied", registration_number: null }), makers)
    expect(pending.credit_line).toContain("DJKI permohonan EC00202301101")
    expect(toStoreMotif(motif({ holder_kind: "organisation", holder_organisation: "Yayasan Batik Indonesia" }), makers).holder.label).toBe(
      "Yayasan Batik Indonesia"
    )
    expect(toStoreMotif(motif({ holder_kind: "participant", holder_participant_id: "ptc_c" }), makers).holder.label).toBe(
      "Pembuat, Lapas Perempuan Jambi"
    )
  })

  it("carries no creator's legal name or registration number", () => {
    const shown = JSON.stringify(toStoreMotif(motif(), makers))
    for (const m of makers.values()) {
      expect(shown).not.toContain(m.legal_name)
      expect(shown).not.toContain(m.registration_number)
    }
  })
})

describe("the protection term", () => {
  it("is 50 years from first publication for an institution", () => {
    expect(protection({ holder_kind: "facility", first_published_at: "2023-03-14T00:00:00.000Z" })).toEqual({
      rule: "50_years_from_publication",
      ends_at: "2073-03-14",
    })
    expect(protection({ holder_kind: "organisation", first_published_at: null }).ends_at).toBeNull()
  })

  it("is the author's life plus 70 years for a person, whose end is not known", () => {
    expect(protection({ holder_kind: "participant", first_published_at: "2023-03-14" })).toEqual({ rule: "life_plus_70_years", ends_at: null })
  })
})

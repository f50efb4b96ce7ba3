import { describe, expect, it } from "vitest"
import { creatorNames, motifNumber, motifOrigin, motifStory } from "./motif-text"

describe("creatorNames", () => {
  const creators = [
    { label: "Ibu Rini", share: 3 },
    { label: "Ibu S.", share: 2 },
    { label: "Pembuat, Lapas Perempuan Jambi", share: 1 },
  ]

  it("credits the creators as the API labels them, in its order, as a list in the language", () => {
    expect(creatorNames({ creators: creators.slice(1) }, "id")).toBe("Ibu S. dan Pembuat, Lapas Perempuan Jambi")
    expect(creatorNames({ creators }, "id")).toBe("Ibu Rini, Ibu S., dan Pembuat, Lapas Perempuan Jambi")
    expect(creatorNames({ creators: creators.slice(0, 2) }, "en")).toBe("Ibu Rini and Ibu S.")
    expect(creatorNames({ creators: [{ label: "Ibu Lestari", share: 1 }] }, "id")).toBe("Ibu Lestari")
    expect(creatorNames({ creators: [] }, "id")).toBe("")
  })
})

describe("motifOrigin", () => {
  const jambi = { handle: "lapas-perempuan-jambi", name: "Lapas Perempuan Kelas IIB Jambi", short_name: "Lapas Perempuan Jambi" }

  it("names the facility and the place of first publication", () => {
    expect(motifOrigin({ facility: jambi, first_published_place: "Muaro Jambi" })).toBe("Lapas Perempuan Jambi · Muaro Jambi")
  })

  it("does not repeat a place the facility's name already says", () => {
    expect(motifOrigin({ facility: jambi, first_published_place: "Jambi" })).toBe("Lapas Perempuan Jambi")
  })

  it("copes with a missing facility or place", () => {
    expect(motifOrigin({ facility: null, first_published_place: "Palembang" })).toBe("Palembang")
    expect(motifOrigin({ facility: jambi, first_published_place: null })).toBe("Lapas Perempuan Jambi")
    expect(motifOrigin({ facility: null, first_published_place: " " })).toBeNull()
  })
})

describe("motifStory", () => {
  it("tells the story in the buyer's language, or the other one when it has none", () => {
    const description = { id: "Sepasang angsa.", en: "A pair of geese." }
    expect(motifStory({ description }, "id")).toBe("Sepasang angsa.")
    expect(motifStory({ description }, "en")).toBe("A pair of geese.")
    expect(motifStory({ description: { id: "Sepasang angsa.", en: "" } }, "en")).toBe("Sepasang angsa.")
    expect(motifStory({ description: { id: "", en: "" } }, "id")).toBeNull()
  })
})

describe("motifNumber", () => {
  it("cites the registration number once registered, the application number before", () => {
    expect(motifNumber({ status: "registered", registration_number: "000450101", application_number: "EC00202301101" })).toEqual({
      kind: "registration",
      number: "000450101",
    })
    expect(motifNumber({ status: "applied", registration_number: null, application_number: "EC00202512345" })).toEqual({
      kind: "application",
      number: "EC00202512345",
    })
    expect(motifNumber({ status: "applied", registration_number: null, application_number: null })).toBeNull()
  })
})

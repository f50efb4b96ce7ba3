import { products } from "./catalogue"
import { motifs } from "./motifs"
import { participants } from "./participants"

describe("the demo motifs", () => {
  it("are seven registered Jambi motifs with well-formed, unique DJKI demo numbers", () => {
    expect(motifs).toHaveLength(7)
    for (const m of motifs) {
      expect(m.application_number).toMatch(/^EC00(19|20)\d{2}\d{5,6}$/)
      expect(m.registration_number).toMatch(/^\d{9}$/)
      expect(m.description.id).toContain("contoh untuk demo")
      expect(m.royalty_bps).toBeGreaterThanOrEqual(0)
      expect(m.royalty_bps).toBeLessThanOrEqual(10000)
    }
    expect(new Set(motifs.map((m) => m.registration_number)).size).toBe(7)
    expect(new Set(motifs.map((m) => m.application_number)).size).toBe(7)
  })

  it("are created by Jambi participants and used by Jambi batik", () => {
    for (const m of motifs) {
      for (const c of m.creators) {
        expect(participants.find((p) => p.registration_number === c.key)?.facility, c.key).toBe("lapas-perempuan-jambi")
      }
      for (const handle of m.products) {
        expect(products.find((p) => p.handle === handle)?.facility, handle).toBe("lapas-perempuan-jambi")
      }
    }
  })
})

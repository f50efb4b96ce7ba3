// Registered motifs in the store: the gallery, a motif's record and products, the credit line on a batik product
// with its creators as consented, and no creator's legal name anywhere.
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { motifs, participants, type SeedResult } from "@karya/seed"
import { getProductMotifTerms } from "@karya/plugin-motif-ip/lib/product-motif-terms"
import { backendDir, expectError, seedStore, storeHeaders } from "../../helpers/medusa"

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let headers: ReturnType<typeof storeHeaders>

    beforeAll(async () => {
      seed = await seedStore(getContainer())
      headers = storeHeaders(seed.publishableKey)
    })

    it("shows the seven registered Jambi motifs in the gallery with their DJKI numbers", async () => {
      const { data } = await api.get("/store/motifs", headers)
      expect(data.count).toBe(7)
      expect(data.motifs.map((m: { registration_number: string }) => m.registration_number).sort()).toEqual(
        motifs.map((m) => m.registration_number).sort()
      )
      for (const m of data.motifs) {
        expect(m.status).toBe("registered")
        expect(m.facility.handle).toBe("lapas-perempuan-jambi")
        expect(m.holder).toEqual({ kind: "facility", label: "Lapas Perempuan Kelas IIB Jambi" })
        expect(m.protection.rule).toBe("50_years_from_publication")
        expect(m.protection.ends_at).toMatch(/^207\d-/)
        expect(m.description.id).toContain("nomor contoh untuk demo")
      }
    })

    it("gives a batik product its motif's credit line: title, creators as consented, DJKI number, holder", async () => {
      const { data: listed } = await api.get("/store/products?handle=batik-tulis-angso-duo-sogan&fields=id,*motifs", headers)
      const product = listed.products[0]
      expect(product.motifs.map((m: { registration_number: string }) => m.registration_number)).toEqual(["000450101"])
      const { data } = await api.get(`/store/products/${product.id}/motifs`, headers)
      expect(data.motifs[0].credit_line).toBe(
        "Angso Duo Lapuanja — Pencipta: Ibu Rini, Ibu S. — DJKI No. 000450101 — Pemegang hak: Lapas Perempuan Kelas IIB Jambi"
      )
      // a creator who withdrew her consent is credited only as a maker of her facility
      const kawung = (await api.get("/store/motifs", headers)).data.motifs.find((m: { title: string }) => m.title === "Kawung Muaro Jambi")
      expect(kawung.creators.map((c: { label: string }) => c.label)).toEqual(["Ibu S.", "Pembuat, Lapas Perempuan Jambi"])
    })

    it("shows a motif's record with the published products that use it, and 404 for a draft or unknown one", async () => {
      const { data: gallery } = await api.get("/store/motifs", headers)
      const angso = gallery.motifs.find((m: { title: string }) => m.title === "Angso Duo Lapuanja")
      const { data } = await api.get(`/store/motifs/${angso.id}`, headers)
      expect(data.motif.products.map((p: { handle: string }) => p.handle).sort()).toEqual(motifs[0]!.products.slice().sort())
      expect((await expectError(api.get("/store/motifs/motif_unknown", headers))).status).toBe(404)
      const bad = await expectError(api.get("/store/motifs?limit=1000", headers))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("limit")
    })

    it("hands the revenue split a product's royalty terms, holder and creators' shares", async () => {
      const { data } = await api.get("/store/products?handle=batik-tulis-angso-duo-sogan&fields=id,*facility", headers)
      const terms = await getProductMotifTerms(getContainer(), data.products[0].id)
      expect(terms).toEqual([
        {
          motif_id: expect.stringMatching(/^motif_/),
          royalty_bps: 500,
          holder: { kind: "facility", facility_id: data.products[0].facility.id },
          creators: expect.arrayContaining([
            { participant_id: expect.stringMatching(/^ptc_/), share: 2 },
            { participant_id: expect.stringMatching(/^ptc_/), share: 1 },
          ]),
        },
      ])
      const { data: plain } = await api.get("/store/products?handle=keripik-tempe-srikandi&fields=id", headers)
      expect(await getProductMotifTerms(getContainer(), plain.products[0].id)).toEqual([])
    })

    it("never shows a creator's legal name or registration number in any motif route", async () => {
      const { data: gallery } = await api.get("/store/motifs", headers)
      const { data: products } = await api.get("/store/products?limit=100&fields=id,*motifs", headers)
      const bodies = [gallery, products]
      for (const m of gallery.motifs) bodies.push((await api.get(`/store/motifs/${m.id}`, headers)).data)
      for (const p of products.products) bodies.push((await api.get(`/store/products/${p.id}/motifs`, headers)).data)
      const text = JSON.stringify(bodies)
      for (const p of participants) {
        expect(text).not.toContain(p.legal_name)
        expect(text).not.toContain(p.registration_number)
      }
    })
  },
})

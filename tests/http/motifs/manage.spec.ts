// Staff register their facility's motifs and attach them to products in the portal; operators keep the registry.
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { DEMO_OPERATOR, DEMO_STAFF_PASSWORD, type SeedResult } from "@karya/seed"
import { backendDir, expectError, seedStore, storeHeaders } from "../../helpers/medusa"

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    const auth: Record<string, { headers: { authorization: string } }> = {}

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    beforeEach(async () => {
      const token = async (actor: string, email: string, password: string) =>
        ({ headers: { authorization: `Bearer ${(await api.post(`/auth/${actor}/emailpass`, { email, password })).data.token}` } })
      auth.jambi = await token("facility_staff", "manajer.jambi@karyalapas.id", DEMO_STAFF_PASSWORD)
      auth.tangerang = await token("facility_staff", "manajer.tangerang@karyalapas.id", DEMO_STAFF_PASSWORD)
      auth.operator = await token("user", DEMO_OPERATOR.email, DEMO_OPERATOR.password)
    })

    const participantsOf = async (who: string) => (await api.get("/portal/facility/participants?limit=100", auth[who])).data.participants
    const productsOf = async (who: string) => (await api.get("/portal/facility/products?limit=100", auth[who])).data.products

    it("registers a motif in the portal with creators of the facility, and attaches it to a product", async () => {
      const [first] = await participantsOf("tangerang")
      const { data } = await api.post(
        "/portal/facility/motifs",
        {
          title: "Kembang Kapas Tangerang",
          description_id: "Bunga kapas.",
          status: "applied",
          application_number: "EC00202512345",
          first_published_at: "2025-06-01",
          creators: [{ participant_id: first.id, share: 1 }],
          royalty_bps: 250,
        },
        auth.tangerang
      )
      expect(data.motif).toMatchObject({ title: "Kembang Kapas Tangerang", status: "applied", application_number: "EC00202512345" })
      const product = (await productsOf("tangerang")).find((p: { status: string }) => p.status === "published")
      const { data: attached } = await api.post(`/portal/facility/products/${product.id}/motifs`, { motif_ids: [data.motif.id] }, auth.tangerang)
      expect(attached.motifs[0].credit_line).toContain("Kembang Kapas Tangerang — Pencipta:")
      expect(attached.motifs[0].credit_line).toContain("DJKI permohonan EC00202512345")
      const { data: store } = await api.get(`/store/products/${product.id}/motifs`, storeHeaders(seed.publishableKey))
      expect(store.motifs.map((m: { id: string }) => m.id)).toEqual([data.motif.id])
    })

    it("refuses bad numbers (400), a number already used (409), royalty out of range and foreign creators (400)", async () => {
      const [own] = await participantsOf("tangerang")
      const [foreign] = await participantsOf("jambi")
      const base = { title: "Uji", creators: [{ participant_id: own.id, share: 1 }] }
      const cases: [object, number, string][] = [
        [{ ...base, application_number: "EC0020231234" }, 400, "application_number"],
        [{ ...base, application_number: "AB00202312345" }, 400, "application_number"],
        [{ ...base, registration_number: "12345678" }, 400, "registration_number"],
        [{ ...base, status: "registered" }, 400, "registration_number"],
        [{ ...base, royalty_bps: 10001 }, 400, "royalty_bps"],
        [{ ...base, royalty_bps: -1 }, 400, "royalty_bps"],
        [{ ...base, registration_number: "000450101" }, 409, "registration_number"],
        [{ ...base, creators: [{ participant_id: foreign.id, share: 1 }] }, 400, "creators"],
        [{ ...base, holder_kind: "organisation" }, 400, "holder_organisation"],
      ]
      for (const [body, status, field] of cases) {
        const response = await expectError(api.post("/portal/facility/motifs", body, auth.tangerang))
        expect(response.status, JSON.stringify(body)).toBe(status)
        expect(response.data.message).toContain(field)
      }
      expect((await api.get("/portal/facility/motifs", auth.tangerang)).data.count).toBe(0)
    })

    it("applies the licence rule across facilities, and keeps each facility's motifs its own", async () => {
      const { data: jambi } = await api.get("/portal/facility/motifs", auth.jambi)
      expect(jambi.count).toBe(7)
      const angso = jambi.motifs.find((m: { title: string }) => m.title === "Angso Duo Lapuanja")
      const kawung = jambi.motifs.find((m: { title: string }) => m.title === "Kawung Muaro Jambi")
      const { data: tangerang } = await api.get("/portal/facility/motifs", auth.tangerang)
      expect(tangerang.count).toBe(0)
      expect(tangerang.usable_from_other_facilities.map((m: { id: string }) => m.id)).toEqual([kawung.id])
      expect(JSON.stringify(tangerang)).not.toContain("creator_ids")

      const product = (await productsOf("tangerang"))[0]
      const refused = await expectError(api.post(`/portal/facility/products/${product.id}/motifs`, { motif_ids: [angso.id] }, auth.tangerang))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("does not allow other facilities")
      const { data: allowed } = await api.post(`/portal/facility/products/${product.id}/motifs`, { motif_ids: [kawung.id] }, auth.tangerang)
      expect(allowed.motifs.map((m: { id: string }) => m.id)).toEqual([kawung.id])

      expect((await expectError(api.get(`/portal/facility/motifs/${angso.id}`, auth.tangerang))).status).toBe(404)
      expect((await expectError(api.post(`/portal/facility/motifs/${angso.id}`, { title: "Dicuri" }, auth.tangerang))).status).toBe(404)
      const jambiProduct = (await productsOf("jambi"))[0]
      expect((await expectError(api.post(`/portal/facility/products/${jambiProduct.id}/motifs`, { motif_ids: [] }, auth.tangerang))).status).toBe(404)
      expect((await api.get(`/portal/facility/motifs/${angso.id}`, auth.jambi)).data.motif.title).toBe("Angso Duo Lapuanja")
      expect((await expectError(api.get("/portal/facility/motifs"))).status).toBe(401)
    })

    it("lets operators see every facility's motifs and mark one registered with its numbers", async () => {
      const [own] = await participantsOf("tangerang")
      const { data: created } = await api.post("/portal/facility/motifs", { title: "Pucuk Rebung Cisadane", creators: [{ participant_id: own.id, share: 1 }] }, auth.tangerang)
      const { data: registry } = await api.get("/admin/motifs", auth.operator)
      expect(registry.count).toBe(8)
      const { data: registered } = await api.post(
        `/admin/motifs/${created.motif.id}`,
        { status: "registered", application_number: "EC00202599999", registration_number: "000999001", first_published_at: "2025-09-01" },
        auth.operator
      )
      expect(registered.motif).toMatchObject({ status: "registered", registration_number: "000999001" })
      expect(registered.motif.protection.ends_at).toBe("2075-09-01")
      const dup = await expectError(api.post(`/admin/motifs/${created.motif.id}`, { registration_number: "000450101" }, auth.operator))
      expect(dup.status).toBe(409)
      expect((await expectError(api.get("/admin/motifs", auth.jambi))).status).toBe(401)
    })
  },
})

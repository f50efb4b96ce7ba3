// Platform operators manage facilities and staff accounts through /admin; staff accounts sign in to the portal.
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { DEMO_OPERATOR, products, type SeedResult } from "@karya/seed"
import { backendDir, expectError, seedStore } from "../../helpers/medusa"

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let admin: { headers: { authorization: string } }

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    beforeEach(async () => {
      const { data } = await api.post("/auth/user/emailpass", { email: DEMO_OPERATOR.email, password: DEMO_OPERATOR.password })
      admin = { headers: { authorization: `Bearer ${data.token}` } }
    })

    it("lists facilities with their counts, and refuses callers who are not operators", async () => {
      const { data } = await api.get("/admin/facilities", admin)
      expect(data.count).toBe(3)
      const jambi = data.facilities.find((f: { handle: string }) => f.handle === "lapas-perempuan-jambi")
      expect(jambi.product_count).toBe(products.filter((p) => p.facility === "lapas-perempuan-jambi").length)
      expect(jambi.staff_count).toBe(2)
      expect((await expectError(api.get("/admin/facilities"))).status).toBe(401)
      expect(seed.publishableKey).toMatch(/^pk_/)
    })

    it("creates a facility and a manager account that signs in to the portal, and deleting the account locks it out", async () => {
      const { data: created } = await api.post(
        "/admin/facilities",
        { handle: "rutan-perempuan-medan", name: "Rutan Perempuan Kelas IIA Medan", short_name: "Rutan Perempuan Medan", kind: "rutan", class: "IIA", city: "Medan", province: "Sumatera Utara" },
        admin
      )
      const id = created.facility.id
      const { data: staff } = await api.post(`/admin/facilities/${id}/staff`, { email: "Manajer.Medan@karyalapas.id", name: "Manajer Medan", role: "manager", password: "rahasia-medan-1" }, admin)
      expect(staff.staff).toMatchObject({ email: "manajer.medan@karyalapas.id", role: "manager" })
      expect(JSON.stringify(staff)).not.toContain("rahasia-medan-1")

      const { data: login } = await api.post("/auth/facility_staff/emailpass", { email: "manajer.medan@karyalapas.id", password: "rahasia-medan-1" })
      const bearer = { headers: { authorization: `Bearer ${login.token}` } }
      const { data: me } = await api.get("/portal/facility/me", bearer)
      expect(me.facility.handle).toBe("rutan-perempuan-medan")
      expect((await api.get("/portal/facility/products", bearer)).data.count).toBe(0)

      const duplicate = await expectError(api.post(`/admin/facilities/${id}/staff`, { email: "manajer.medan@karyalapas.id", name: "X", role: "staff", password: "rahasia-medan-2" }, admin))
      expect(duplicate.status).toBe(409)
      expect((await api.get(`/admin/facilities/${id}/staff`, admin)).data.staff).toHaveLength(1)

      await api.delete(`/admin/facilities/${id}/staff/${staff.staff.id}`, admin)
      expect((await expectError(api.get("/portal/facility/me", bearer))).status).toBe(401)
      expect((await expectError(api.post("/auth/facility_staff/emailpass", { email: "manajer.medan@karyalapas.id", password: "rahasia-medan-1" }))).status).toBe(401)
    })

    it("deactivating a facility hides it from the store and locks its staff out", async () => {
      const { data } = await api.get("/admin/facilities", admin)
      const tangerang = data.facilities.find((f: { handle: string }) => f.handle === "lapas-perempuan-tangerang")
      const { data: login } = await api.post("/auth/facility_staff/emailpass", { email: "manajer.tangerang@karyalapas.id", password: "karya-lapas-demo" })
      await api.post(`/admin/facilities/${tangerang.id}`, { is_active: false }, admin)
      const store = { headers: { "x-publishable-api-key": seed.publishableKey } }
      expect((await expectError(api.get("/store/facilities/lapas-perempuan-tangerang", store))).status).toBe(404)
      expect((await api.get("/store/facilities", store)).data.count).toBe(2)
      expect((await expectError(api.get("/portal/facility/me", { headers: { authorization: `Bearer ${login.token}` } }))).status).toBe(401)
    })

    it("answers bad input with 400 naming the field, and refuses to delete a facility that has products", async () => {
      const cases: [object, string][] = [
        [{ handle: "Bukan Handle", name: "A", short_name: "A", kind: "lapas", class: "IIA", city: "A", province: "A" }, "handle"],
        [{ handle: "ok", name: "A", short_name: "A", kind: "penjara", class: "IIA", city: "A", province: "A" }, "kind"],
        [{ handle: "ok", name: "A", short_name: "A", kind: "lapas", class: "IIA", city: "A", province: "A", whatsapp: "nomor" }, "whatsapp"],
        [{ handle: "ok", name: "A", short_name: "A", kind: "lapas", class: "IIA", city: "A" }, "province"],
      ]
      for (const [body, field] of cases) {
        const response = await expectError(api.post("/admin/facilities", body, admin))
        expect(response.status, field).toBe(400)
        expect(response.data.message).toContain(field)
      }
      expect((await api.get("/admin/facilities", admin)).data.count).toBe(3)
      const jambi = (await api.get("/admin/facilities", admin)).data.facilities.find((f: { handle: string }) => f.handle === "lapas-perempuan-jambi")
      const refused = await expectError(api.delete(`/admin/facilities/${jambi.id}`, admin))
      expect(refused.status).toBe(400)
      const { data: widget } = await api.get(`/admin/products/${(await api.get(`/admin/products?limit=1&fields=id`, admin)).data.products[0].id}/facility`, admin)
      expect(widget.facility).toBeTruthy()
      expect(widget.makers.length).toBeGreaterThan(0)
    })
  },
})

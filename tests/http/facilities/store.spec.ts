// The public side of the facilities plugin: facility pages, product facility and makers, and the privacy audit:
// no store route answers with a participant's legal name or registration number.
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { facilities, participants, products, type SeedResult } from "@karya/seed"
import { backendDir, expectError, seedStore, storeHeaders } from "../../helpers/medusa"

const privateValues = participants.flatMap((p) => [p.legal_name, p.registration_number])

function assertNoPrivateData(label: string, body: unknown) {
  const text = JSON.stringify(body)
  for (const value of privateValues) expect(text.includes(value), `${label} contains "${value}"`).toBe(false)
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let headers: ReturnType<typeof storeHeaders>

    beforeAll(async () => {
      seed = await seedStore(getContainer())
      headers = storeHeaders(seed.publishableKey)
    })

    it("lists the active facilities with their published product counts", async () => {
      const { data } = await api.get("/store/facilities", headers)
      expect(data.count).toBe(facilities.length)
      for (const f of facilities) {
        const listed = data.facilities.find((x: { handle: string }) => x.handle === f.handle)
        expect(listed, f.handle).toMatchObject({ name: f.name, short_name: f.shortName, city: f.city, province: f.province })
        expect(listed.story).toEqual(f.story)
        expect(listed.product_count).toBe(products.filter((p) => p.facility === f.handle).length)
      }
    })

    it("shows a facility's story, products and makers only as they consented", async () => {
      const { data } = await api.get("/store/facilities/lapas-perempuan-jambi", headers)
      const { facility } = data
      expect(facility.products.map((p: { handle: string }) => p.handle).sort()).toEqual(
        products.filter((p) => p.facility === "lapas-perempuan-jambi").map((p) => p.handle).sort()
      )
      const labels = facility.makers.map((m: { label: string }) => m.label)
      expect(labels).toContain("Ibu Rini") // consented, with her story
      expect(labels).toContain("Ibu S.") // consented to her name, not her story
      expect(labels).not.toContain("Mbak Yuni") // never consented
      expect(labels).not.toContain("Ibu Nur") // withdrew
      expect(labels).not.toContain("Ibu Lestari") // released: no longer listed
      expect(labels.filter((l: string) => l === "Pembuat, Lapas Perempuan Jambi")).toHaveLength(2)
      const rini = facility.makers.find((m: { label: string }) => m.label === "Ibu Rini")
      expect(rini.story.id).toContain("angso duo")
      expect(facility.makers.find((m: { label: string }) => m.label === "Ibu S.").story).toBeNull()
      assertNoPrivateData("facility page", data)
    })

    it("answers 404 for an unknown facility", async () => {
      const response = await expectError(api.get("/store/facilities/tidak-ada", headers))
      expect(response.status).toBe(404)
    })

    it("returns each product's facility with fields=*facility, and no more than that", async () => {
      const { data } = await api.get("/store/products?limit=100&fields=handle,*facility", headers)
      for (const p of products) {
        const listed = data.products.find((x: { handle: string }) => x.handle === p.handle)
        expect(listed.facility.handle, p.handle).toBe(p.facility)
      }
      for (const fields of ["*facility.participants", "facility.participants.legal_name", "*facility.staff"]) {
        const response = await api.get(`/store/products?limit=5&fields=${fields}`, headers).catch((e: { response: unknown }) => e.response)
        assertNoPrivateData(`fields=${fields}`, response.data)
        expect(JSON.stringify(response.data)).not.toContain("@karyalapas.id")
      }
    })

    it("credits every product to its makers with their share weights", async () => {
      const { data } = await api.get("/store/products?limit=100&fields=id,handle", headers)
      for (const product of data.products) {
        const { data: makers } = await api.get(`/store/products/${product.id}/makers`, headers)
        expect(makers.makers.length, product.handle).toBeGreaterThan(0)
        for (const m of makers.makers) expect(Number.isInteger(m.weight) && m.weight > 0).toBe(true)
      }
    })

    it("never answers a store route with a legal name or registration number (privacy audit)", async () => {
      const { data: list } = await api.get("/store/products?limit=100&fields=*facility,*variants,*categories", headers)
      const routes = [
        "/store/facilities",
        ...facilities.map((f) => `/store/facilities/${f.handle}`),
        "/store/products?limit=100&fields=*facility",
        "/store/product-categories",
        "/store/regions",
        ...list.products.flatMap((p: { id: string }) => [`/store/products/${p.id}?fields=*facility`, `/store/products/${p.id}/makers`]),
      ]
      assertNoPrivateData("product list", list)
      for (const route of routes) {
        const { data } = await api.get(route, headers)
        assertNoPrivateData(route, data)
      }
      expect(routes.length).toBeGreaterThan(80)
    })
  },
})

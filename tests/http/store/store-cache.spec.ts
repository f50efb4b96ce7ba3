// The store's cache of public catalogue answers (backend/src/api/store-cache.ts): a buyer gets the same answer from
// the cache as from Medusa, revalidates with the ETag, and never sees a stale one after a change: a rename, a price,
// a sold-out variant, a withdrawn consent. What must not be cached is not: a signed-in customer's answers, stock,
// errors, another sales channel's key.
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { DEMO_OPERATOR, DEMO_STAFF_PASSWORD, type SeedResult } from "@karya/seed"
import { eventually } from "../../helpers/eventually"
import { backendDir, expectError, seedStore } from "../../helpers/medusa"

type Response = { status: number; data: any; headers: Record<string, string> }

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let admin: { headers: { authorization: string } }
    const timings: Record<string, number> = {}

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    beforeEach(async () => {
      const { data } = await api.post("/auth/user/emailpass", { email: DEMO_OPERATOR.email, password: DEMO_OPERATOR.password })
      admin = { headers: { authorization: `Bearer ${data.token}` } }
    })

    afterAll(() => console.log(`store cache, ms until a change shows in search: ${JSON.stringify(timings)}`))

    const get = (url: string, headers: Record<string, string> = {}): Promise<Response> =>
      api.get(url, { headers: { "x-publishable-api-key": seed.publishableKey, ...headers }, validateStatus: () => true })

    const productUrl = (handle: string, fields = "id,title,handle,*variants.calculated_price") =>
      `/store/products?handle=${handle}&region_id=${seed.regionId}&fields=${encodeURIComponent(fields)}`

    it("answers a repeated catalogue request from the cache, byte for byte, and revalidates with the ETag", async () => {
      const url = `/store/products?limit=12&fields=id,title,handle,thumbnail&order=title`
      const first = await get(url)
      const second = await get(url)
      expect(first.status).toBe(200)
      expect(first.headers["x-cache"]).toBe("MISS")
      expect(second.headers["x-cache"]).toBe("HIT")
      expect(second.data).toEqual(first.data)
      expect(second.data.products).toHaveLength(12)
      expect(second.headers["etag"]).toBe(first.headers["etag"])
      expect(second.headers["cache-control"]).toBe("public, no-cache")
      expect(second.headers["vary"]).toMatch(/x-publishable-api-key/i)
      // the security headers are still there on a cached answer
      expect(second.headers["content-security-policy"]).toContain("default-src 'none'")

      // a client that asks for a fresh answer gets Medusa's own
      const reloaded = await get(url, { "cache-control": "no-cache" })
      expect(reloaded.headers["x-cache"]).toBe("MISS")
      expect(reloaded.data).toEqual(first.data)

      const revalidated = await get(url, { "if-none-match": first.headers["etag"]! })
      expect(revalidated.status).toBe(304)
      expect(revalidated.data).toBe("")

      // the same answer a fresh Medusa gives: the cache changes speed, not content
      const fresh = await get(`/store/products?order=title&fields=id,title,handle,thumbnail&limit=12`)
      expect(fresh.headers["x-cache"]).toBe("MISS")
      expect(fresh.data.products).toEqual(first.data.products)
    })

    it("asks Medusa once for a burst of the same request, and every buyer of the burst gets that answer", async () => {
      const url = `/store/products?limit=20&fields=id,title,handle,*variants.calculated_price&region_id=${seed.regionId}&order=-title`
      const burst = await Promise.all(Array.from({ length: 6 }, () => get(url)))
      expect(burst.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200])
      expect(burst.filter((r) => r.headers["x-cache"] === "MISS")).toHaveLength(1)
      expect(burst.filter((r) => r.headers["x-cache"] === "HIT")).toHaveLength(5)
      for (const r of burst) expect(r.data).toEqual(burst[0]!.data)
      expect(burst[0]!.data.products.length).toBeGreaterThan(0)

      // a request that asks for a fresh answer never joins one: each gets Medusa's own
      const fresh = await Promise.all(Array.from({ length: 3 }, () => get(url, { "cache-control": "no-cache" })))
      expect(fresh.map((r) => r.headers["x-cache"])).toEqual(["MISS", "MISS", "MISS"])
    })

    it("search answers too, with their provider header", async () => {
      const first = await get("/store/search?q=batik&limit=12")
      const second = await get("/store/search?q=batik&limit=12")
      expect([first.headers["x-cache"], second.headers["x-cache"]]).toEqual(["MISS", "HIT"])
      expect(second.headers["x-search-provider"]).toBe(first.headers["x-search-provider"])
      expect(second.data).toEqual(first.data)
    })

    it("a rename, a new price and a withdrawn consent show on the very next request", async () => {
      // a product Ibu Rini (consent: her chosen name and story) made
      const { data: listed } = await get("/store/products?limit=100&fields=id,handle")
      let handle = ""
      for (const p of listed.products as { id: string; handle: string }[]) {
        const { data } = await get(`/store/products/${p.id}/makers`)
        if (data.makers?.some((m: { label: string }) => m.label === "Ibu Rini")) {
          handle = p.handle
          break
        }
      }
      expect(handle, "a product credited to Ibu Rini").not.toBe("")
      const before = await get(productUrl(handle))
      expect((await get(productUrl(handle))).headers["x-cache"]).toBe("HIT")
      const product = before.data.products[0]
      const variant = product.variants[0]

      await api.post(`/admin/products/${product.id}`, { title: "Batik Cap Angso Duo Edisi Tahun Baru" }, admin)
      const renamed = await get(productUrl(handle))
      expect(renamed.headers["x-cache"]).toBe("MISS")
      expect(renamed.data.products[0].title).toBe("Batik Cap Angso Duo Edisi Tahun Baru")

      const newPrice = variant.calculated_price.calculated_amount + 25_000
      await api.post(`/admin/products/${product.id}/variants/${variant.id}`, { prices: [{ currency_code: "idr", amount: newPrice }] }, admin)
      const repriced = await get(productUrl(handle))
      expect(repriced.data.products[0].variants.find((v: { id: string }) => v.id === variant.id).calculated_price.calculated_amount).toBe(newPrice)

      // search follows its index (within seconds, as before the cache): the new name is found, no stale answer stays
      const searched = await eventually(() => get("/store/search?q=tahun%20baru"), (r) => r.data.hits?.some((h: { id: string }) => h.id === product.id))
      timings.search = searched.ms

      // a maker who withdraws her consent is gone from the makers answer at once
      const { data: signIn } = await api.post("/auth/facility_staff/emailpass", { email: "manajer.jambi@karyalapas.id", password: DEMO_STAFF_PASSWORD })
      const jambi = { headers: { authorization: `Bearer ${signIn.token}` } }
      const makersUrl = `/store/products/${product.id}/makers`
      const named = await get(makersUrl)
      expect((await get(makersUrl)).headers["x-cache"]).toBe("HIT")
      const people = (await api.get("/portal/facility/participants?limit=100", jambi)).data.participants as { id: string; display_name: string | null }[]
      expect(named.data.makers.map((m: { label: string }) => m.label)).toContain("Ibu Rini")
      const shown = people.find((p) => p.display_name === "Ibu Rini")
      await api.delete(`/portal/facility/participants/${shown!.id}/consent`, jambi)
      const withdrawn = await get(makersUrl)
      expect(withdrawn.data.makers.map((m: { label: string }) => m.label)).not.toContain(shown!.display_name)
      expect(JSON.stringify(withdrawn.data)).not.toContain(shown!.display_name!)
    })

    it("never caches stock: the purchase box and the cart read it live", async () => {
      const stockUrl = `/store/products?handle=nastar-nanas-lapuanja&fields=${encodeURIComponent("id,variants.id,+variants.inventory_quantity")}`
      const stock = await get(stockUrl)
      expect(stock.headers["x-cache"]).toBeUndefined()
      expect((await get(stockUrl)).headers["x-cache"]).toBeUndefined()
      expect(stock.data.products[0].variants[0].inventory_quantity).toBeGreaterThan(0)
    })

    it("still checks the publishable key, never caches errors, and never shares a signed-in customer's answers", async () => {
      const url = "/store/products?limit=5&fields=id,handle"
      await get(url)
      expect((await get(url)).headers["x-cache"]).toBe("HIT")

      // an unknown key is refused every time, by Medusa, even for a URL that is cached under the real key
      const refused = await get(url, { "x-publishable-api-key": "pk_not_a_key" })
      expect(refused.status).toBe(400)
      expect(refused.headers["x-cache"]).toBeUndefined()

      // a bad request is a 400 every time, never a cached one
      for (let i = 0; i < 2; i++) {
        const bad = await get("/store/products?limit=1000")
        expect(bad.status).toBe(400)
        expect(bad.headers["x-cache"]).toBeUndefined()
      }
      const missing = await get(`/store/products/prod_does_not_exist`)
      expect(missing.status).toBe(404)
      expect((await get(`/store/products/prod_does_not_exist`)).headers["x-cache"]).toBeUndefined()

      // a signed-in customer (who may have her own prices) gets Medusa's own answer
      const email = "pembeli.cache@example.com"
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "rahasia-panjang-1" })
      await api.post("/store/customers", { email, first_name: "Sari" }, { headers: { authorization: `Bearer ${reg.token}`, "x-publishable-api-key": seed.publishableKey } })
      const { data: signIn } = await api.post("/auth/customer/emailpass", { email, password: "rahasia-panjang-1" })
      const mine = await get(url, { authorization: `Bearer ${signIn.token}` })
      expect(mine.status).toBe(200)
      expect(mine.headers["x-cache"]).toBeUndefined()

      // nothing about the cache is needed to be refused: no key at all is still Medusa's 400
      const noKey = await expectError(api.get(url))
      expect(noKey.status).toBe(400)
    })
  },
})

// Store search on the seeded catalogue: one relevance set run unchanged against Meilisearch, PostgreSQL full-text and
// GET /store/search; the same facets, totals and pages from both providers; nothing private in either index; bad
// input refused naming the field; and a search Meilisearch does not answer answered from PostgreSQL.
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_STAFF_PASSWORD, facilities, participants, products, type SeedResult } from "@karya/seed"
import { makersOf } from "@karya/seed/dist/data/makers"
import { DOCUMENT_FIELDS } from "@karya/plugin-search/lib/document"
import { reindexAll, refreshProducts } from "@karya/plugin-search/lib/sync"
import { backendDir, expectError, seedStore, storeHeaders } from "../../helpers/medusa"
import { relevanceSet } from "./relevance-set"
import {
  caseParams, meilisearch, MEILISEARCH_ON, PROVIDERS, queryString, relevanceProblems, searchService, searchWith,
  type Provider, type SearchResult,
} from "./search-helpers"

const count = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {})

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult

    beforeAll(async () => {
      seed = await seedStore(getContainer())
      await reindexAll(getContainer())
    })

    const store = async (params: Record<string, string>) => {
      const response = await api.get(`/store/search?${queryString(params)}`, storeHeaders(seed.publishableKey))
      return { status: response.status as number, headers: response.headers as Record<string, string>, data: response.data as SearchResult }
    }

    for (const provider of PROVIDERS) {
      it(`finds what buyers look for (${relevanceSet.length} queries) with ${provider}`, async () => {
        const problems: string[] = []
        for (const c of relevanceSet) problems.push(...relevanceProblems(c, await searchWith(getContainer(), provider, caseParams(c))))
        expect(problems).toEqual([])
      })
    }

    it(`finds the same through GET /store/search (${relevanceSet.length} queries)`, async () => {
      const problems: string[] = []
      for (const c of relevanceSet) {
        const { data, headers } = await store(caseParams(c))
        expect(headers["x-search-provider"]).toBe(data.provider)
        problems.push(...relevanceProblems(c, data))
      }
      expect(problems).toEqual([])
    })

    it("ignores stop words: the same matches with and without them, in both providers", async () => {
      const pairs = [
        ["batik yang dari jambi", "batik jambi"],
        ["tas untuk ibu dan anak", "tas ibu anak"],
        ["songket dari palembang", "songket palembang"],
        ["the silk shawl", "silk shawl"],
      ]
      for (const provider of PROVIDERS) {
        for (const [withStops, without] of pairs) {
          const a = await searchWith(getContainer(), provider, { q: withStops!, limit: "48" })
          const b = await searchWith(getContainer(), provider, { q: without!, limit: "48" })
          expect(a.hits.map((h) => h.handle).sort(), `${provider}: ${withStops}`).toEqual(b.hits.map((h) => h.handle).sort())
          expect(a.total, `${provider}: ${withStops}`).toBe(b.total)
        }
      }
      expect((await searchWith(getContainer(), "postgres", { q: "songket dari palembang" })).total).toBe(4)
    })

    it("counts the same facets and totals in both providers, and pages consistently", async () => {
      const container = getContainer()
      // one product sold out, so that in_stock has two values
      const token = (await api.post("/auth/facility_staff/emailpass", { email: "manajer.jambi@karyalapas.id", password: DEMO_STAFF_PASSWORD })).data.token
      const jambi = { headers: { authorization: `Bearer ${token}` } }
      const mask = (await api.get("/portal/facility/products?q=Masker&limit=5", jambi)).data.products[0]
      await api.post(`/portal/facility/products/${mask.id}`, { variants: [{ id: mask.variants[0].id, stock: 0 }] }, jambi)
      await refreshProducts(container, [mask.id])

      const cases: Record<string, string>[] = [
        {},
        { q: "batik" },
        { q: "kue" },
        { facility: "lpp-palembang" },
        { craft: "batik-tulis,batik-cap" },
        { province: "Banten" },
        { q: "batik", province: "Jambi" },
        { price_min: "100000", price_max: "300000" },
        { q: "batik", price_max: "200000" },
        { in_stock: "true" },
        { in_stock: "false" },
        { q: "batik", in_stock: "true", craft: "jahitan" },
        { motif: "Angso Duo Lapuanja" },
      ]
      for (const params of cases) {
        const [first, ...others] = await Promise.all(PROVIDERS.map((p) => searchWith(container, p, { ...params, limit: "48" })))
        const label = JSON.stringify(params)
        for (const other of others) {
          expect(other.total, label).toBe(first!.total)
          expect(other.facets, label).toEqual(first!.facets)
          expect(other.hits.map((h) => h.handle).sort(), label).toEqual(first!.hits.map((h) => h.handle).sort())
        }
      }

      // the whole catalogue, counted from the seed data
      const all = await searchWith(container, "postgres", { limit: "48" })
      const provinceOf = Object.fromEntries(facilities.map((f) => [f.handle, f.province]))
      expect(all.total).toBe(products.length)
      expect(all.facets.facility).toEqual(count(products, (p) => p.facility))
      expect(all.facets.craft).toEqual(count(products, (p) => p.craft))
      expect(all.facets.province).toEqual(count(products, (p) => provinceOf[p.facility]!))
      for (const provider of PROVIDERS) {
        expect((await searchWith(container, provider, { in_stock: "false" })).hits.map((h) => h.handle), provider).toEqual(["masker-kain-batik-jambi"])
        expect((await searchWith(container, provider, { in_stock: "true" })).total, provider).toBe(products.length - 1)
      }

      // pages: consecutive pages are the whole list in order, the total never changes, past the end is empty
      for (const provider of PROVIDERS) {
        const paged: Record<string, string>[] = [{ q: "batik" }, { q: "batik", sort: "price_asc" }, { sort: "title" }, { q: "kain", sort: "newest" }]
        for (const params of paged) {
          const label = `${provider} ${JSON.stringify(params)}`
          const whole = await searchWith(container, provider, { ...params, limit: "48" })
          const pages: string[] = []
          const pageCount = Math.ceil(whole.total / 5)
          for (let page = 1; page <= pageCount + 1; page++) {
            const r = await searchWith(container, provider, { ...params, limit: "5", page: String(page) })
            expect(r.total, label).toBe(whole.total)
            expect([r.page, r.limit], label).toEqual([page, 5])
            expect(r.hits.length, `${label} page ${page}`).toBe(page <= pageCount ? Math.min(5, whole.total - (page - 1) * 5) : 0)
            pages.push(...r.hits.map((h) => h.handle))
          }
          expect(pages, label).toEqual(whole.hits.map((h) => h.handle))
        }
        const cheap = await searchWith(container, provider, { q: "batik", sort: "price_asc", limit: "48" })
        const prices = cheap.hits.map((h) => h.price_min!)
        expect(prices, provider).toEqual([...prices].sort((a, b) => a - b))
      }
      const [firstTitles, ...otherTitles] = await Promise.all(
        PROVIDERS.map(async (p) => (await searchWith(container, p, { sort: "title", limit: "48" })).hits.map((h) => h.title))
      )
      for (const titles of otherTitles) expect(titles).toEqual(firstTitles)
      // through the route: the same pages as Meilisearch
      const viaRoute = await store({ q: "batik", limit: "5", page: "2" })
      const direct = await searchWith(container, viaRoute.data.provider, { q: "batik", limit: "5", page: "2" })
      expect(viaRoute.data.hits.map((h) => h.handle)).toEqual(direct.hits.map((h) => h.handle))
    })

    it("counts a facet without its own selection, so a buyer can tick a second craft", async () => {
      const container = getContainer()
      for (const provider of PROVIDERS) {
        const all = await searchWith(container, provider, { q: "batik" })
        const crafts = Object.keys(all.facets.craft)
        expect(crafts.length).toBeGreaterThan(1)
        const one = await searchWith(container, provider, { q: "batik", craft: crafts[0]! })
        // the hits narrow to that craft, while the craft facet still offers the others with their full counts
        expect(one.total).toBe(all.facets.craft[crafts[0]!])
        expect(one.facets.craft).toEqual(all.facets.craft)
        // the other facets count within the selection
        expect(Object.values(one.facets.facility).reduce((s, n) => s + n, 0)).toBe(one.total)
      }
    })

    it("keeps private fields out of both indexes: no legal name, no registration number, makers only as consented", async () => {
      const container = getContainer()
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows: Record<string, unknown>[] = await pg("search_document").select("*")
      const pgDocuments = rows.map((r) => (typeof r.document === "string" ? JSON.parse(r.document) : r.document) as Record<string, unknown>)
      expect(pgDocuments).toHaveLength(products.length)
      const meili = MEILISEARCH_ON
        ? await meilisearch<{ results: Record<string, unknown>[] }>("/indexes/products/documents?limit=1000")
        : { results: [] }
      const stats = MEILISEARCH_ON
        ? await meilisearch<{ numberOfDocuments: number; fieldDistribution: Record<string, number> }>("/indexes/products/stats")
        : { numberOfDocuments: products.length, fieldDistribution: {} }
      if (MEILISEARCH_ON) expect(meili.results).toHaveLength(products.length)
      expect(stats.numberOfDocuments).toBe(products.length)

      // only the document's fields: in PostgreSQL's JSON, and in everything Meilisearch stores (its field
      // distribution counts stored fields whether or not they are displayed)
      for (const d of pgDocuments) expect(Object.keys(d).sort()).toEqual([...DOCUMENT_FIELDS].sort())
      for (const d of meili.results) expect(DOCUMENT_FIELDS).toEqual(expect.arrayContaining(Object.keys(d)))
      expect(DOCUMENT_FIELDS).toEqual(expect.arrayContaining(Object.keys(stats.fieldDistribution)))

      // no private value anywhere: not in the documents, not in PostgreSQL's search columns
      const everything = JSON.stringify({ rows, meili: meili.results }).toLowerCase()
      for (const p of participants) {
        expect(everything, p.legal_name).not.toContain(p.legal_name.toLowerCase())
        expect(everything, p.registration_number).not.toContain(p.registration_number.toLowerCase())
      }

      // makers: exactly those credited who consented to be named, by their chosen name
      const named = new Set(participants.filter((p) => p.consent === "display_name" || p.consent === "display_name_and_story").map((p) => p.registration_number))
      const expected = (handle: string) =>
        makersOf(handle)
          .filter((m) => named.has(m.registration_number))
          .map((m) => participants.find((p) => p.registration_number === m.registration_number)!.display_name)
          .sort()
      for (const [index, documents] of [["postgres", pgDocuments], ["meilisearch", meili.results]] as const) {
        for (const d of documents) expect((d.makers as string[]).slice().sort(), `${index} ${d.handle}`).toEqual(expected(d.handle as string))
      }
      const allMakers = new Set([...pgDocuments, ...meili.results].flatMap((d) => d.makers as string[]))
      for (const p of participants.filter((p) => p.consent === "none" || p.consent === "withdrawn")) {
        expect(allMakers.has(p.display_name), p.display_name).toBe(false)
      }
      // Mbak Yuni (no consent) made four Jambi products; Ibu Nur (withdrawn) the nastar and the kastengel
      expect(makersOf("tote-bag-batik-lapuanja").map((m) => m.registration_number)).toEqual(["JMB-2022-0610"])
      expect(makersOf("nastar-nanas-lapuanja").map((m) => m.registration_number)).toEqual(["JMB-2023-0088"])
      for (const provider of PROVIDERS) {
        expect((await searchWith(container, provider, { q: "Yuni" })).total, provider).toBe(0)
        const nur = await searchWith(container, provider, { q: "Ibu Nur", limit: "48" })
        expect(nur.hits.map((h) => h.handle), provider).not.toContain("nastar-nanas-lapuanja")
      }
      const { data } = await store({ q: "batik", limit: "48" })
      const body = JSON.stringify(data).toLowerCase()
      for (const p of participants) expect(body).not.toContain(p.legal_name.toLowerCase())
    })

    it("answers bad input with 400 naming the field", async () => {
      const cases: [string, string][] = [
        [`q=${"a".repeat(201)}`, "q"],
        ["q=batik&colour=red", "colour"],
        ["price_min=-1", "price_min"],
        ["price_min=1.5", "price_min"],
        ["price_min=abc", "price_min"],
        ["price_max=-5", "price_max"],
        ["sort=cheap", "sort"],
        ["limit=0", "limit"],
        ["limit=100", "limit"],
        ["page=0", "page"],
        ["in_stock=yes", "in_stock"],
      ]
      for (const [query, field] of cases) {
        const response = await expectError(api.get(`/store/search?${query}`, storeHeaders(seed.publishableKey)))
        expect(response.status, query).toBe(400)
        expect(response.data.message, query).toContain(field)
      }
      // the edges that are fine
      expect((await store({ q: "a".repeat(200) })).status).toBe(200)
      expect((await store({ limit: "48", page: "1", price_min: "0" })).data.hits).toHaveLength(products.length)
      // and the publishable key is required, as on every store route
      expect((await expectError(api.get("/store/search?q=batik"))).status).toBe(400)
    })

    it("answers from PostgreSQL, quickly, when Meilisearch does not answer", async () => {
      const service = searchService(getContainer()) as unknown as { meilisearch_: object | null; providerName: Provider }
      if (!service.meilisearch_) return console.log("Meilisearch is not configured: nothing to fall back from")
      expect(service.providerName).toBe("meilisearch")
      const working = service.meilisearch_
      // the same provider class, pointed at a closed port with a short timeout
      const Provider = working.constructor as new (options: { host: string; apiKey?: string; timeoutMs?: number }) => object
      Object.assign(service, { meilisearch_: new Provider({ host: "http://127.0.0.1:1", timeoutMs: 500 }) })
      try {
        const started = Date.now()
        const { status, data, headers } = await store({ q: "songket" })
        expect(Date.now() - started).toBeLessThan(2500)
        expect(status).toBe(200)
        expect(data.provider).toBe("postgres")
        expect(headers["x-search-provider"]).toBe("postgres")
        expect(data.hits.map((h) => h.handle).sort()).toEqual(["selendang-songket-limar", "songket-bungo-cino", "songket-lepus-benang-emas-merah", "songket-tretes-mender-ungu"])
      } finally {
        Object.assign(service, { meilisearch_: working })
      }
      expect((await store({ q: "songket" })).data.provider).toBe("meilisearch")
    })
  },
})

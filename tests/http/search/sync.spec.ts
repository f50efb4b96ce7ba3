// The search index follows the catalogue within seconds: a facility manager lists, renames and archives a product,
// a maker withdraws her consent, a motif is attached, a variant sells out; each shows in GET /store/search and in
// both providers' indexes.
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_STAFF_PASSWORD, type SeedResult } from "@karya/seed"
import { reindexAll } from "@karya/plugin-search/lib/sync"
import { backendDir, seedStore, storeHeaders } from "../../helpers/medusa"
import { eventually, meilisearch, MEILISEARCH_ON, PROVIDERS, queryString, searchWith, type Provider, type SearchResult } from "./search-helpers"

type Bearer = { headers: { authorization: string } }
type Where = "store" | Provider

const SYNC_MS = 10_000

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let jambi: Bearer
    const timings: Record<string, number> = {}

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    beforeEach(async () => {
      // the database is restored before every test, Meilisearch is not: rebuild it from the restored catalogue
      await reindexAll(getContainer())
      const { data } = await api.post("/auth/facility_staff/emailpass", { email: "manajer.jambi@karyalapas.id", password: DEMO_STAFF_PASSWORD })
      jambi = { headers: { authorization: `Bearer ${data.token}` } }
    })

    afterAll(() => console.log(`search sync, ms until visible everywhere: ${JSON.stringify(timings)}`))

    /** The same search through the store route and each provider. */
    async function everywhere(params: Record<string, string>): Promise<Record<Where, SearchResult>> {
      const [store, ...providers] = await Promise.all([
        api.get(`/store/search?${queryString({ limit: "48", ...params })}`, storeHeaders(seed.publishableKey)).then((r: { data: unknown }) => r.data as SearchResult),
        ...PROVIDERS.map((p) => searchWith(getContainer(), p, { limit: "48", ...params })),
      ])
      return { store: store!, ...Object.fromEntries(PROVIDERS.map((p, i) => [p, providers[i]!])) } as Record<Where, SearchResult>
    }

    /** Waits until `holds` is true of the search in all three places; records how long it took. */
    async function untilEverywhere(label: string, params: Record<string, string>, holds: (r: SearchResult) => boolean) {
      const { value, ms } = await eventually(() => everywhere(params), (all) => Object.values(all).every(holds), SYNC_MS)
      timings[label] = ms
      return value
    }

    const handles = (r: SearchResult) => r.hits.map((h) => h.handle)
    const ids = (r: SearchResult) => r.hits.map((h) => h.id)

    it("lists, renames and archives a product in the portal: search follows within seconds, in both indexes", async () => {
      const people = (await api.get("/portal/facility/participants?limit=100", jambi)).data.participants as { id: string; display_name: string }[]
      const rini = people.find((p) => p.display_name === "Ibu Rini")!
      const yuni = people.find((p) => p.display_name === "Mbak Yuni")!
      expect((await everywhere({ q: "tampuk manggis" })).postgres.total).toBe(0)

      const { data } = await api.post(
        "/portal/facility/products",
        {
          title: "Batik Tulis Tampuk Manggis",
          title_en: "Mangosteen Calyx Hand-drawn Batik",
          description: "Kain katun primissima 2 × 1,15 m, dicanting halus.",
          description_en: "Primissima cotton 2 × 1.15 m, finely drawn.",
          images: [],
          weight: 300,
          status: "published",
          variants: [{ sku: "KL-TEST-TAMPUK", price: 480000, stock: 2 }],
          makers: [{ participant_id: rini.id, weight: 2 }, { participant_id: yuni.id, weight: 1 }],
        },
        jambi
      )
      const product = data.product as { id: string }
      const created = await untilEverywhere("created", { q: "tampuk manggis" }, (r) => ids(r).includes(product.id))
      for (const r of Object.values(created)) {
        expect(r.hits[0]).toMatchObject({
          id: product.id,
          title: "Batik Tulis Tampuk Manggis",
          title_en: "Mangosteen Calyx Hand-drawn Batik",
          facility_handle: "lapas-perempuan-jambi",
          city: "Muaro Jambi",
          province: "Jambi",
          price_min: 480000,
          price_max: 480000,
          in_stock: true,
          makers: ["Ibu Rini"], // Mbak Yuni did not consent to be named
        })
      }
      // by its English title and its facility too
      expect(ids((await everywhere({ q: "mangosteen", facility: "lapas-perempuan-jambi" })).postgres)).toEqual([product.id])

      await api.post(`/portal/facility/products/${product.id}`, { title: "Batik Tulis Kembang Jeruk" }, jambi)
      const renamed = await untilEverywhere("renamed", { q: "kembang jeruk" }, (r) => ids(r).includes(product.id))
      for (const r of Object.values(renamed)) expect(r.hits.find((h) => h.id === product.id)!.title).toBe("Batik Tulis Kembang Jeruk")
      const old = await everywhere({ q: "tampuk" })
      for (const [where, r] of Object.entries(old)) expect(ids(r), where).not.toContain(product.id)

      await api.post(`/portal/facility/products/${product.id}/archive`, {}, jambi)
      await untilEverywhere("archived", { q: "kembang jeruk" }, (r) => !ids(r).includes(product.id))
      await untilEverywhere("archived, by facility", { facility: "lapas-perempuan-jambi" }, (r) => r.total === 13)
      // gone from the indexes themselves, not only from the results
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      expect(await pg("search_document").where({ id: product.id }).first()).toBeUndefined()
      if (MEILISEARCH_ON) {
        const meili = await fetch(`${process.env.MEILISEARCH_HOST}/indexes/products/documents/${product.id}`, {
          headers: { Authorization: `Bearer ${process.env.MEILISEARCH_API_KEY}` },
        })
        expect(meili.status).toBe(404)
      }
    })

    it("removes a maker's name from every product when she withdraws her consent", async () => {
      const people = (await api.get("/portal/facility/participants?limit=100", jambi)).data.participants as { id: string; display_name: string }[]
      const rini = people.find((p) => p.display_name === "Ibu Rini")!
      const credited = (r: SearchResult) => r.hits.filter((h) => h.makers.includes("Ibu Rini")).map((h) => h.handle).sort()
      const hers = ["batik-tulis-angso-duo-sogan", "batik-tulis-bungo-pauh", "batik-tulis-kapal-sanggat-indigo", "batik-tulis-sutra-angso-duo"]
      for (const [where, r] of Object.entries(await everywhere({ province: "Jambi" }))) expect(credited(r), where).toEqual(hers)

      await api.delete(`/portal/facility/participants/${rini.id}/consent`, jambi)
      const after = await untilEverywhere("consent withdrawn", { province: "Jambi" }, (r) => credited(r).length === 0)
      for (const r of Object.values(after)) {
        // her products are still for sale, credited to the maker who did consent
        expect(r.total).toBe(13)
        expect(r.hits.find((h) => h.handle === "batik-tulis-angso-duo-sogan")!.makers).toEqual(["Ibu S."])
        expect(r.hits.find((h) => h.handle === "batik-tulis-bungo-pauh")!.makers).toEqual([])
      }
      for (const [where, r] of Object.entries(await everywhere({ q: "Ibu Rini" }))) expect(credited(r), where).toEqual([])
      if (MEILISEARCH_ON) {
        const { results } = await meilisearch<{ results: { makers: string[] }[] }>("/indexes/products/documents?limit=1000&fields=makers")
        expect(results.flatMap((d) => d.makers)).not.toContain("Ibu Rini")
      }
    })

    it("shows a motif attached in the portal on its product", async () => {
      const people = (await api.get("/portal/facility/participants?limit=100", jambi)).data.participants as { id: string; display_name: string }[]
      const rini = people.find((p) => p.display_name === "Ibu Rini")!
      const { data: motif } = await api.post(
        "/portal/facility/motifs",
        { title: "Tampuk Manggis", status: "applied", application_number: "EC00202599901", creators: [{ participant_id: rini.id, share: 1 }] },
        jambi
      )
      const motifs = (await api.get("/portal/facility/motifs", jambi)).data.motifs as { id: string; title: string }[]
      const durianMotif = motifs.find((m) => m.title === "Durian Pecah Bersulur")!
      const products = (await api.get("/portal/facility/products?limit=100", jambi)).data.products as { id: string; handle: string }[]
      const durian = products.find((p) => p.handle === "batik-tulis-durian-pecah")!
      for (const r of Object.values(await everywhere({ q: "tampuk manggis" }))) expect(r.total).toBe(0)

      await api.post(`/portal/facility/products/${durian.id}/motifs`, { motif_ids: [durianMotif.id, motif.motif.id] }, jambi)
      const found = await untilEverywhere("motif attached", { q: "tampuk manggis" }, (r) => ids(r).includes(durian.id))
      for (const r of Object.values(found)) {
        expect(handles(r)).toEqual(["batik-tulis-durian-pecah"])
        expect(r.hits[0]!.motifs.sort()).toEqual(["Durian Pecah Bersulur", "Tampuk Manggis"])
      }
      // and as a facet value
      const faceted = await everywhere({ motif: "Tampuk Manggis" })
      for (const r of Object.values(faceted)) expect(r.facets.motif["Tampuk Manggis"]).toBe(1)

      await api.post(`/portal/facility/products/${durian.id}/motifs`, { motif_ids: [durianMotif.id] }, jambi)
      await untilEverywhere("motif detached", { q: "tampuk manggis" }, (r) => r.total === 0)
    })

    it("follows stock and price edits in the portal", async () => {
      const products = (await api.get("/portal/facility/products?limit=100", jambi)).data.products as
        { id: string; handle: string; variants: { id: string }[] }[]
      const mask = products.find((p) => p.handle === "masker-kain-batik-jambi")!
      await api.post(`/portal/facility/products/${mask.id}`, { variants: [{ id: mask.variants[0]!.id, price: 49000 }] }, jambi)
      await untilEverywhere("price edited", { q: "masker" }, (r) => r.hits[0]?.price_min === 49000)
      await api.post(`/portal/facility/products/${mask.id}`, { variants: [{ id: mask.variants[0]!.id, stock: 0 }] }, jambi)
      await untilEverywhere("sold out", { in_stock: "false" }, (r) => ids(r).includes(mask.id))
    })
  },
})

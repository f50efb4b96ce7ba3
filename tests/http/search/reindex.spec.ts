// A reindex of 5,000 products: progress climbs to the total for each provider, both indexes end with every product,
// and searches while it runs keep answering (each index is swapped in whole at the end, never emptied first).
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { reindexAll } from "@karya/plugin-search/lib/sync"
import { backendDir } from "../../helpers/medusa"
import { PROVIDERS, searchService, searchWith, type Provider } from "./search-helpers"

const TOTAL = 5_000
const BATCH = 500
const WORDS = ["Batik", "Songket", "Tas Anyaman", "Kue Kering", "Kemeja"]

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ getContainer }) => {
    const timings: Record<string, number> = {}
    afterAll(() => console.log(`reindex of ${TOTAL} products, ms: ${JSON.stringify(timings)}`))

    beforeAll(async () => {
      // straight through the product module: a workflow per product would take minutes
      const products = getContainer().resolve(Modules.PRODUCT)
      let started = Date.now()
      for (let from = 0; from < TOTAL; from += BATCH) {
        await products.createProducts(
          Array.from({ length: BATCH }, (_, i) => {
            const n = from + i
            return {
              title: `${WORDS[n % WORDS.length]} Uji ${String(n).padStart(4, "0")}`,
              handle: `uji-${n}`,
              description: `Produk uji nomor ${n} untuk pencarian.`,
              status: ProductStatus.PUBLISHED,
              options: [{ title: "Ukuran", values: ["Satu"] }],
              variants: [{ title: "Satu", options: { Ukuran: "Satu" }, manage_inventory: false }],
            }
          })
        )
      }
      timings.create = Date.now() - started
      // created through the module, not a workflow: no product.created reaches the subscribers, so a first reindex
      // fills both indexes; the test then rebuilds them again, as the hourly repair and `npm run reindex` do
      started = Date.now()
      await reindexAll(getContainer())
      timings.firstReindex = Date.now() - started
    })

    it(`rebuilds both indexes with ${TOTAL} products, with progress, and search keeps answering meanwhile`, async () => {
      const container = getContainer()
      const progress: Record<string, { done: number; total: number; at: number }[]> = {}
      let running = true
      const searches: { provider: Provider; q: string; total: number; ms: number; at: number }[] = []
      // buyers searching while the reindex runs: a common word never finds nothing
      const searching = (async () => {
        while (running) {
          await Promise.all(
            PROVIDERS.flatMap((provider) =>
              ["batik", "songket uji"].map(async (q) => {
                const started = Date.now()
                const r = await searchWith(container, provider, { q })
                searches.push({ provider, q, total: r.total, ms: Date.now() - started, at: Date.now() })
              })
            )
          )
          await new Promise((r) => setTimeout(r, 50))
        }
      })()

      const started = Date.now()
      const result = await reindexAll(container, (provider, done, total) => (progress[provider] ??= []).push({ done, total, at: Date.now() }))
      timings.reindex = Date.now() - started
      running = false
      await searching

      expect(result).toEqual({ postgres: TOTAL, meilisearch: PROVIDERS.includes("meilisearch") ? TOTAL : null })
      for (const provider of PROVIDERS) {
        const steps = progress[provider]!
        expect(steps.length, provider).toBeGreaterThan(1)
        expect(steps.every((s) => s.total === TOTAL), provider).toBe(true)
        expect(steps.every((s, i) => i === 0 || s.done > steps[i - 1]!.done), provider).toBe(true)
        expect(steps.at(-1)!.done, provider).toBe(TOTAL)
      }
      expect(await searchService(container).countDocuments()).toEqual({ postgres: TOTAL, meilisearch: PROVIDERS.includes("meilisearch") ? TOTAL : null })

      // searches of each index ran while that index was being rebuilt, and none came back empty
      for (const provider of PROVIDERS) {
        const steps = progress[provider]!
        const during = searches.filter((s) => s.provider === provider && s.at > steps[0]!.at && s.at < steps.at(-1)!.at)
        expect(during.length, provider).toBeGreaterThan(5)
      }
      expect(searches.filter((s) => s.total === 0)).toEqual([])
      expect(searches.filter((s) => s.q === "batik").every((s) => s.total === TOTAL / WORDS.length)).toBe(true)
      timings.searches = searches.length
      timings.slowestSearch = Math.max(...searches.map((s) => s.ms))

      // and after it, the same answers from both
      const [meili, postgres] = await Promise.all(PROVIDERS.map((p) => searchWith(container, p, { q: "kue kering", limit: "5" })))
      if (meili && postgres) expect(meili.total).toBe(postgres.total)
      expect((postgres ?? meili)!.total).toBe(TOTAL / WORDS.length)
    })
  },
})

// What product search costs on a catalogue of 10,000 products, each figure beside its baseline from the same run:
// (1) creating the products and rebuilding both search indexes (reindexAll), (2) ten buyer queries through
// GET /store/search against the same query sent to Meilisearch directly, and through the search service's two
// providers (Meilisearch, PostgreSQL full-text), with the hits where the providers disagree, and one query back to
// back (the cost of gzip on a busy connection). Listing and search under load against vanilla Medusa and Meilisearch
// are in ../http/http.bench.ts: this file's app is our backend, whose store answers are cached. Not a test: it
// asserts no timing, it prints them (npm run bench).
import { performance } from "node:perf_hooks"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SeedResult } from "@karya/seed"
import { reindexAll } from "@karya/plugin-search/lib/sync"
import { buildDocuments } from "@karya/plugin-search/lib/document"
import { multiSearchQueries } from "@karya/plugin-search/lib/meilisearch-query"
import { SearchQuery } from "@karya/plugin-search/lib/search-params"
import { SEARCH_MODULE } from "@karya/plugin-search/modules/search"
import { backendDir, seedStore, storeHeaders } from "../../helpers/medusa"
import { figures, grid, machineContext, sample, sampleInterleaved, timed, timingTable, type TimingRow } from "../lib/stats"
import { createCatalogue } from "./catalogue"
import { MEILI_INDEX, QUERIES } from "./queries"

const PRODUCTS = Number(process.env.BENCH_SEARCH_PRODUCTS ?? 10_000) // fewer for a quick try of the file
const MODULE_BATCH = 500 // products per createProducts call
const VIA_WORKFLOW = 200 // of PRODUCTS, through createProductsWorkflow, to measure its rate
const WORKFLOW_BATCH = 50
const SEARCH_RUNS = 10 // per query and way, after 2 warm-up runs
const BACK_TO_BACK_RUNS = 20


// The Meilisearch request the plugin's provider sends for a query (its first query: hits and facets), sent here to
// Meilisearch's single-index search so the baseline does not go through the plugin.
function meilisearchBody(q: SearchQuery) {
  const { indexUid: _index, ...body } = multiSearchQueries(q, MEILI_INDEX).queries[0]!
  return body
}

type Hit = { handle: string; title: string; price_min: number | null }
type Result = { hits: Hit[]; total: number; provider?: string; processing_time_ms?: number }
type MeiliResult = { hits: Hit[]; totalHits: number; processingTimeMs: number }
type SearchService = {
  searchWith(provider: "meilisearch" | "postgres", query: SearchQuery): Promise<Result>
  countDocuments(): Promise<{ postgres: number; meilisearch: number | null }>
}

async function getJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, init)
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${res.status} ${(await res.text()).slice(0, 300)}`)
  return (await res.json()) as T
}

const print = (text: string) => console.log(`\n${text}\n`)
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const qs = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    it(
      "prints the cost of search on 10,000 products beside Meilisearch direct",
      async () => {
        const started = performance.now()
        const container = getContainer()
        const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const search = container.resolve<SearchService>(SEARCH_MODULE)
        const meiliHost = process.env.MEILISEARCH_HOST
        if (!meiliHost) {
          // KARYA_SEARCH=postgres, or a platform without the Meilisearch binary (see tests/setup/global-setup.ts)
          print("Search benchmark skipped: no Meilisearch (MEILISEARCH_HOST unset); it compares Meilisearch with PostgreSQL")
          return
        }
        const meiliHeaders = { Authorization: `Bearer ${process.env.MEILISEARCH_API_KEY}`, "Content-Type": "application/json" }
        const meiliVersion = await getJson<{ pkgVersion: string }>(`${meiliHost}/version`, { headers: meiliHeaders })
        const {
          rows: [server],
        } = await pg.raw("select current_setting('server_version') as version")
        print(
          `Search benchmark\n${machineContext({
            postgresql: `${server.version} at ${process.env.DB_HOST}:${process.env.DB_PORT}`,
            meilisearch: `${meiliVersion.pkgVersion} at ${meiliHost}`,
          })}`
        )
        const baseUrl: string = api.defaults.baseURL
        const store = storeHeaders(seed.publishableKey).headers

        // 1. The catalogue, then both indexes rebuilt from it.
        const demoCount = Number((await pg.raw("select count(*) as n from product where deleted_at is null")).rows[0].n)
        const docsBefore = (await search.countDocuments()).postgres
        let subscribersMs = NaN
        let subscriberDocs = 0
        const creating = await timed(() =>
          createCatalogue(
            container,
            seed,
            { count: PRODUCTS, viaWorkflow: VIA_WORKFLOW, workflowBatch: WORKFLOW_BATCH, moduleBatch: MODULE_BATCH },
            // the workflow's product.created events: the search subscribers index each new product
            async () => {
              const waiting = performance.now()
              const target = docsBefore + VIA_WORKFLOW
              while ((subscriberDocs = (await search.countDocuments()).postgres) < target && performance.now() - waiting < 60_000)
                await new Promise((resolve) => setTimeout(resolve, 100))
              subscribersMs = performance.now() - waiting
            }
          )
        )
        const { workflow, module } = creating.value
        const analyze = await timed(() => pg.raw("analyze"))
        const productCount = Number((await pg.raw("select count(*) as n from product where deleted_at is null")).rows[0].n)

        const steps: Record<string, { done: number; total: number; at: number }[]> = {}
        const reindexStart = performance.now()
        const reindex = await timed(() =>
          reindexAll(container, (provider, done, total) =>
            (steps[provider] ??= []).push({ done, total, at: performance.now() })
          )
        )
        const counts = await search.countDocuments()
        await pg.raw("analyze search_document")
        // what one reindex batch costs to build (reindexAll builds every batch once per provider)
        const { data: firstIds } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 250, order: { id: "ASC" } } })
        const build = await sampleInterleaved(
          3,
          { build: () => buildDocuments(container, (firstIds as { id: string }[]).map((p) => p.id)) },
          1
        )

        const pgSteps = steps.postgres ?? []
        const meiliSteps = steps.meilisearch ?? []
        const pgEnd = pgSteps.at(-1)?.at ?? reindexStart
        const intervals = (list: { at: number }[], from: number) =>
          list.map((step, i) => step.at - (i ? list[i - 1]!.at : from))
        const stepRange = (list: number[]) =>
          list.length ? `${list[0]!.toFixed(0)} / ${list.at(-1)!.toFixed(0)} / ${Math.max(...list).toFixed(0)}` : "-"
        const reindexRows = [
          ["", "steps", "documents / products", "time", "documents/s", "step ms: first / last / max"],
          [
            "postgres (one transaction)",
            String(pgSteps.length),
            `${pgSteps.at(-1)?.done ?? 0} / ${pgSteps.at(-1)?.total ?? 0}`,
            seconds(pgEnd - reindexStart),
            String(Math.round((pgSteps.at(-1)?.done ?? 0) / ((pgEnd - reindexStart) / 1000))),
            stepRange(intervals(pgSteps, reindexStart)),
          ],
          [
            "meilisearch (temp index + swap)",
            String(meiliSteps.length),
            `${meiliSteps.at(-1)?.done ?? 0} / ${meiliSteps.at(-1)?.total ?? 0}`,
            seconds(reindexStart + reindex.ms - pgEnd),
            String(Math.round((meiliSteps.at(-1)?.done ?? 0) / ((reindexStart + reindex.ms - pgEnd) / 1000))),
            stepRange(intervals(meiliSteps, pgEnd)),
          ],
          ["reindexAll in all", "", `returned ${JSON.stringify(reindex.value)}`, seconds(reindex.ms), "", ""],
        ]
        print(
          `1. Catalogue: ${PRODUCTS} products beside the ${demoCount} demo products (${productCount} in all), each with one variant, ` +
            `an IDR price, the sales channel, a craft category and a facility:\n` +
            `- ${workflow.products} through createProductsWorkflow in batches of ${WORKFLOW_BATCH}: ${seconds(workflow.ms)}, ` +
            `${Math.round(workflow.products / (workflow.ms / 1000))} products/s (${PRODUCTS} would take ~${seconds((workflow.ms * PRODUCTS) / workflow.products)}); ` +
            `the search subscribers had indexed ${subscriberDocs - docsBefore}/${workflow.products} of them ${seconds(subscribersMs)} after the last batch\n` +
            `- ${module.products} through the product and pricing modules and the link module in batches of ${MODULE_BATCH}: ` +
            `${seconds(module.ms)}, ${Math.round(module.products / (module.ms / 1000))} products/s (createProducts ${seconds(module.products_ms)}, ` +
            `createPriceSets ${seconds(module.prices_ms)}, links to price sets, sales channel and facility ${seconds(module.links_ms)}); ` +
            `no events, so only reindexAll indexes them\n` +
            `- analyze ${seconds(analyze.ms)}\n\n` +
            `reindexAll(container) of ${productCount} products, progress steps per provider (postgres: from the start to its ` +
            `last step; meilisearch: from there to the end)\n${grid(reindexRows)}\n` +
            `documents after it: ${JSON.stringify(counts)}; buildDocuments() of one ${firstIds.length}-product batch: ` +
            `p50 ${figures(build.build!).p50.toFixed(0)} ms of ${build.build!.length} runs (reindexAll builds each batch twice, once per provider)`
        )

        // 2. The ten queries, four ways each, interleaved. The baseline asks Meilisearch for an uncompressed answer
        // (Accept-Encoding: identity); 2b shows why.
        const pooledServer: number[] = []
        /** Every match of both providers for a query, by id: how many only one finds, with examples (for Meilisearch,
         * the words it matched and where). */
        const explainDifference = async (label: string, query: SearchQuery) => {
          const all = await getJson<{ hits: (Hit & { id: string; _matchesPosition?: Record<string, { start: number; length: number }[]> } & Record<string, unknown>)[] }>(
            `${meiliHost}/indexes/products/search`,
            {
              method: "POST",
              headers: { ...meiliHeaders, "Accept-Encoding": "identity" },
              body: JSON.stringify({
                ...meilisearchBody(query),
                facets: [],
                hitsPerPage: 10_000,
                page: 1,
                attributesToRetrieve: ["id", "title", "title_en", "craft_name", "facility_name", "city", "province", "description", "description_en"],
                showMatchesPosition: true,
              }),
            }
          )
          // the service takes a parsed query; the route caps limit at 48, the provider does not
          const pgAll = await search.searchWith("postgres", { ...query, limit: 10_000, page: 1 })
          const pgIds = new Set(pgAll.hits.map((h) => (h as Hit & { id: string }).id))
          const meiliIds = new Set(all.hits.map((h) => h.id))
          const onlyMeili = all.hits.filter((h) => !pgIds.has(h.id))
          const onlyPg = pgAll.hits.filter((h) => !meiliIds.has((h as Hit & { id: string }).id))
          const matched = (h: (typeof all.hits)[number]) =>
            Object.entries(h._matchesPosition ?? {})
              .map(([attr, spans]) => {
                const text = typeof h[attr] === "string" ? (h[attr] as string) : ""
                return `${attr}: ${[...new Set(spans.map((m) => JSON.stringify(text.slice(m.start, m.start + m.length))))].join(" ")}`
              })
              .join("; ")
          return [
            `${label}: Meilisearch ${all.hits.length}, PostgreSQL ${pgAll.total}; only Meilisearch ${onlyMeili.length}, only PostgreSQL ${onlyPg.length}`,
            ...onlyMeili.slice(0, 3).map((h) => `  only Meilisearch: ${h.title}  [${matched(h)}]`),
            ...onlyPg.slice(0, 3).map((h) => `  only PostgreSQL: ${h.title}`),
          ].join("\n")
        }
        const searchRows: TimingRow[] = []
        const ways = ["direct", "http", "meili", "postgres"] as const
        const pooled: Record<(typeof ways)[number], number[]> = { direct: [], http: [], meili: [], postgres: [] }
        const serverMs: number[] = []
        const results: string[][] = [["query", "Meili direct", "/store/search", "service meili", "service pg", "top hit (meili | pg)"]]
        const differences: string[] = []
        for (const { label, params } of QUERIES) {
          const query = SearchQuery.parse(params)
          const body = JSON.stringify(meilisearchBody(query))
          const url = `${baseUrl}/store/search?${qs(params)}`
          const direct = (headers: Record<string, string>) => async () => {
            const result = await getJson<MeiliResult>(`${meiliHost}/indexes/products/search`, { method: "POST", headers, body })
            serverMs.push(result.processingTimeMs)
            return result
          }
          const calls = {
            direct: direct({ ...meiliHeaders, "Accept-Encoding": "identity" }),
            http: () => getJson<Result>(url, { headers: store }),
            meili: () => search.searchWith("meilisearch", query),
            postgres: () => search.searchWith("postgres", query),
          }
          const [first, http, meili, postgres] = await Promise.all([calls.direct(), calls.http(), calls.meili(), calls.postgres()])
          const mark = (n: number) => (n === first.totalHits ? String(n) : `${n} (!)`)
          results.push([
            label,
            String(first.totalHits),
            `${mark(http.total)} ${http.provider}`,
            mark(meili.total),
            mark(postgres.total),
            `${meili.hits[0]?.title ?? "-"} | ${postgres.hits[0]?.title ?? "-"}`,
          ])
          if (postgres.total !== first.totalHits) differences.push(await explainDifference(label, query))
          serverMs.length = 0
          const samples = await sampleInterleaved(SEARCH_RUNS, calls)
          for (const way of ways) pooled[way].push(...samples[way]!)
          const server = figures(serverMs)
          searchRows.push(
            { label: `${label}: Meilisearch direct [baseline]`, samples: samples.direct!, baseline: true },
            { label: `  GET /store/search`, samples: samples.http! },
            { label: `  searchWith("meilisearch")`, samples: samples.meili! },
            { label: `  searchWith("postgres")`, samples: samples.postgres! }
          )
          pooledServer.push(server.p50)
        }
        searchRows.push(
          { label: `all ${QUERIES.length} queries: Meilisearch direct [baseline]`, samples: pooled.direct, baseline: true },
          { label: `  GET /store/search`, samples: pooled.http },
          { label: `  searchWith("meilisearch")`, samples: pooled.meili },
          { label: `  searchWith("postgres")`, samples: pooled.postgres }
        )
        print(
          timingTable(
            `2. Search, ${QUERIES.length} queries on ${counts.postgres} documents, ${SEARCH_RUNS} runs per query and way after 2 ` +
              `warm-up runs, the four ways interleaved. Meilisearch direct = POST ${meiliHost}/indexes/products/search with the ` +
              `plugin's parameters (fetch, JSON parsed, Accept-Encoding: identity); GET /store/search ` +
              `through Medusa with the publishable key (fetch, JSON parsed); searchWith = the search module's service in process`,
            searchRows
          ) +
            `\n(Meilisearch's own processingTimeMs, p50 per query: ${pooledServer.join(", ")} ms)`
        )
        print(`Results of each query (total hits; (!) where it differs from Meilisearch direct)\n${grid(results)}`)
        if (differences.length) print(`Where the providers disagree (every match of each, compared by id)\n${differences.join("\n")}`)

        // 2b. Back to back on one connection: Node's fetch (which the meilisearch client uses) asks for gzip, and
        // Meilisearch then writes the answer's headers and its body in two TCP segments; on a busy keep-alive
        // connection the second waits for the client's delayed ACK of the first (Nagle on the server: ~40 ms on Linux).
        // Spaced out, as in the interleaved rounds above, the connection is back in quick-ACK mode and it rarely shows.
        {
          const query = SearchQuery.parse(QUERIES[0]!.params)
          const body = JSON.stringify(meilisearchBody(query))
          const direct = (headers: Record<string, string>) => () =>
            getJson<MeiliResult>(`${meiliHost}/indexes/products/search`, { method: "POST", headers, body })
          const identity = await sample(BACK_TO_BACK_RUNS, direct({ ...meiliHeaders, "Accept-Encoding": "identity" }))
          const gzip = await sample(BACK_TO_BACK_RUNS, direct(meiliHeaders))
          const service = await sample(BACK_TO_BACK_RUNS, () => search.searchWith("meilisearch", query))
          const postgres = await sample(BACK_TO_BACK_RUNS, () => search.searchWith("postgres", query))
          print(
            timingTable(`2b. "${QUERIES[0]!.label}" ${BACK_TO_BACK_RUNS} times back to back, each way after 2 warm-up runs`, [
              { label: "Meilisearch direct, Accept-Encoding: identity [baseline]", samples: identity },
              { label: "Meilisearch direct, fetch's default Accept-Encoding (gzip)", samples: gzip },
              { label: `searchWith("meilisearch") (the meilisearch client, node:http)`, samples: service },
              { label: `searchWith("postgres")`, samples: postgres },
            ])
          )
        }

        // The plugin's hourly repair job (src/jobs/repair-index.ts, minute 17) runs in this app too: a reindex beside the
        // measurements would skew them.
        const startedAt = new Date(Date.now() - (performance.now() - started))
        const crossed17 = Array.from({ length: Math.ceil((Date.now() - startedAt.getTime()) / 60_000) + 1 }, (_, i) =>
          new Date(startedAt.getTime() + i * 60_000)
        ).some((t) => t.getMinutes() === 17 && t.getTime() <= Date.now())
        print(
          `benchmark took ${seconds(performance.now() - started)} after the app booted and the store was seeded` +
            (crossed17 ? "\nWARNING: the hourly search-repair-index job (minute 17) fell within this run: figures after it may include a concurrent reindex" : "")
        )
      },
      15 * 60_000
    )
  },
})

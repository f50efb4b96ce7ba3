// The client is an ES module; this plugin compiles to CommonJS, so it is loaded with a dynamic import.
import type { Index, Meilisearch } from "meilisearch" with { "resolution-mode": "import" }
import { DOCUMENT_FIELDS, type SearchDocument } from "../../../lib/document"
import { meilisearchSynonyms, STOP_WORDS } from "../../../lib/language"
import { createMeilisearchHttpClient } from "../../../lib/meilisearch-http"
import { multiSearchQueries } from "../../../lib/meilisearch-query"
import { FACETS, type SearchQuery } from "../../../lib/search-params"
import { FACET_FIELD, type SearchProvider, type SearchResult } from "./types"

export const INDEX = "products"

/** Relevance settings: the order of searchable attributes is the order of importance. */
export const SETTINGS = {
  searchableAttributes: ["title", "title_en", "motifs", "craft_name", "facility_name", "city", "province", "makers", "motif_numbers", "description", "description_en"],
  displayedAttributes: DOCUMENT_FIELDS as string[],
  filterableAttributes: ["facility_handle", "province", "craft", "programs", "motifs", "price_min", "price_max", "in_stock"],
  sortableAttributes: ["price_min", "price_max", "created_at", "title"],
  // "sort" first: an explicit sort (price, newest, title) orders all matches, as in PostgreSQL; without a sort
  // parameter the rule does nothing and relevance decides
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
  // Meilisearch allows no typo under 5 letters by default, so "batk" would find nothing: one typo from 4 letters.
  // None in numbers: a DJKI number one digit off is another motif.
  // No typos in numbers (a DJKI number one digit off is another motif) nor in descriptions ("batk" would find every
  // "bata" and "basket" mentioned in passing).
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    disableOnNumbers: true,
    disableOnAttributes: ["description", "description_en"],
  },
  synonyms: meilisearchSynonyms(),
  stopWords: STOP_WORDS,
  pagination: { maxTotalHits: 100_000 },
  faceting: { maxValuesPerFacet: 100 },
}

/** Meilisearch through its official JS client, with a short timeout so an unreachable server never hangs a request. */
export class MeilisearchProvider implements SearchProvider {
  readonly name = "meilisearch" as const
  private client!: Meilisearch
  private ready: Promise<void> | null = null

  constructor(private readonly options: { host: string; apiKey?: string; timeoutMs?: number }) {}

  private index(name = INDEX): Index<SearchDocument> {
    return this.client.index<SearchDocument>(name)
  }

  private async connect() {
    if (this.client) return
    const { Meilisearch: Client } = await import("meilisearch")
    this.client = new Client({
      host: this.options.host,
      apiKey: this.options.apiKey,
      timeout: this.options.timeoutMs ?? 2000,
      // gzip makes Meilisearch answer in two TCP packets, and the second waits ~40 ms for a delayed ACK on a reused
      // connection (measured in the search benchmark): small JSON answers go uncompressed
      requestInit: { headers: { "Accept-Encoding": "identity" } },
      httpClient: createMeilisearchHttpClient(),
    })
  }

  /** Creates the index with its settings once per process (idempotent on the server). */
  private async ensureIndex(name = INDEX) {
    await this.client.createIndex(name, { primaryKey: "id" }).waitTask({ timeout: 30_000 }).catch(() => undefined)
    await this.index(name).updateSettings(SETTINGS).waitTask({ timeout: 60_000 })
  }

  private prepare() {
    this.ready ??= this.connect().then(() => this.ensureIndex()).catch((e) => {
      this.ready = null
      throw e
    })
    return this.ready
  }

  async upsert(documents: SearchDocument[]) {
    if (!documents.length) return
    await this.prepare()
    await this.index().addDocuments(documents).waitTask({ timeout: 30_000 })
  }

  async remove(ids: string[]) {
    if (!ids.length) return
    await this.prepare()
    await this.index().deleteDocuments(ids).waitTask({ timeout: 30_000 })
  }

  async replaceAll(batches: AsyncIterable<SearchDocument[]>, progress?: (done: number) => void) {
    await this.prepare()
    const temp = `${INDEX}_reindex`
    await this.client.deleteIndex(temp).waitTask({ timeout: 30_000 }).catch(() => undefined)
    await this.ensureIndex(temp)
    let done = 0
    for await (const batch of batches) {
      if (batch.length) await this.index(temp).addDocuments(batch).waitTask({ timeout: 120_000 })
      done += batch.length
      progress?.(done)
    }
    // atomic: searches see the old index until this task, then the new one
    await this.client.swapIndexes([{ indexes: [INDEX, temp], rename: false }]).waitTask({ timeout: 60_000 })
    await this.client.deleteIndex(temp).waitTask({ timeout: 30_000 }).catch(() => undefined)
    return done
  }

  async search(q: SearchQuery): Promise<SearchResult> {
    await this.prepare()
    const { selected, queries } = multiSearchQueries(q, INDEX)
    const { results } = await this.client.multiSearch({ queries })
    const [main, ...own] = results
    const distribution = { ...(main!.facetDistribution ?? {}) }
    own.forEach((r, i) => Object.assign(distribution, r.facetDistribution ?? {}, { [FACET_FIELD[selected[i]!]]: r.facetDistribution?.[FACET_FIELD[selected[i]!]] ?? {} }))
    return {
      hits: main!.hits as SearchResult["hits"],
      facets: Object.fromEntries(FACETS.map((f) => [f, distribution[FACET_FIELD[f]] ?? {}])) as SearchResult["facets"],
      total: main!.totalHits ?? 0,
      page: q.page,
      limit: q.limit,
      processing_time_ms: Math.max(...results.map((r) => r.processingTimeMs)),
      provider: this.name,
    }
  }

  async count() {
    await this.prepare()
    return (await this.index().getStats()).numberOfDocuments
  }
}

import type { SearchDocument } from "../../../lib/document"
import type { Facet, SearchQuery } from "../../../lib/search-params"

export type SearchHit = Pick<
  SearchDocument,
  "id" | "handle" | "title" | "title_en" | "facility_handle" | "facility_name" | "city" | "province" | "craft" | "craft_name" | "motifs" | "makers" | "price_min" | "price_max" | "in_stock" | "thumbnail"
>

export type SearchResult = {
  hits: SearchHit[]
  facets: Record<Facet, Record<string, number>>
  total: number
  page: number
  limit: number
  processing_time_ms: number
  provider: "meilisearch" | "postgres"
}

/** What each provider does; both answer the same shape for the same query. */
export interface SearchProvider {
  readonly name: SearchResult["provider"]
  upsert(documents: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  /** Replaces the whole index with these documents; search keeps answering from the old one until the swap. */
  replaceAll(documents: AsyncIterable<SearchDocument[]>, progress?: (done: number) => void): Promise<number>
  search(query: SearchQuery): Promise<SearchResult>
  count(): Promise<number>
}

export const HIT_FIELDS: (keyof SearchHit)[] = [
  "id", "handle", "title", "title_en", "facility_handle", "facility_name", "city", "province", "craft", "craft_name",
  "motifs", "makers", "price_min", "price_max", "in_stock", "thumbnail",
]

export const FACET_FIELD: Record<Facet, keyof SearchDocument> = {
  facility: "facility_handle",
  province: "province",
  craft: "craft",
  program: "programs",
  motif: "motifs",
}

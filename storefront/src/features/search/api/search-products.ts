import { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { toSearchQuery, type StoreSearch } from "../utils/search-params"

export const SEARCH_PAGE_SIZE = 12

/** One product as `GET /store/search` answers it (plugins/search/README.md); prices in whole rupiah. */
export type SearchHit = {
  id: string
  handle: string
  title: string
  title_en: string
  facility_handle: string | null
  facility_name: string | null
  city: string | null
  province: string | null
  craft: string | null
  craft_name: string | null
  motifs: string[]
  makers: string[]
  price_min: number | null
  price_max: number | null
  in_stock: boolean
  thumbnail: string | null
}

/** Counts of each facet's values among all the matched products, not only this page's. */
export type SearchFacetCounts = Record<"facility" | "province" | "craft" | "program" | "motif", Record<string, number>>

export type SearchResult = {
  hits: SearchHit[]
  facets: SearchFacetCounts
  total: number
  page: number
  limit: number
  processing_time_ms: number
  provider: "meilisearch" | "postgres"
}

export async function searchProducts(search: StoreSearch, signal?: AbortSignal): Promise<SearchResult> {
  return getSdk().client.fetch<SearchResult>("/store/search", {
    query: toSearchQuery(search, SEARCH_PAGE_SIZE),
    signal,
  })
}

/** The server refused the search itself (400, its message names the field): retrying will not help. */
export function isRefusedSearch(error: unknown): error is FetchError {
  return error instanceof FetchError && error.status === 400
}

export const searchProductsQueryOptions = (search: StoreSearch) =>
  queryOptions({
    queryKey: ["search", search],
    queryFn: ({ signal }) => searchProducts(search, signal),
    // Short: a product a facility just edited should show up on the next search.
    staleTime: 10 * 1000,
    retry: (failures, error) => !isRefusedSearch(error) && failures < 2,
  })

/** Keeps the previous results on screen while a refined search loads, so the page does not jump. */
export const useSearchProducts = (search: StoreSearch) =>
  useQuery({ ...searchProductsQueryOptions(search), placeholderData: keepPreviousData })

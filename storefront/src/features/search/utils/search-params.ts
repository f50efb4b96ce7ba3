// The /cari URL: what a buyer searched for and how she narrowed it, so a search can be shared and Back undoes a
// filter. Kept small and free of React: the router validates these params before the page's lazy chunk loads.

/** Facets a buyer can narrow by, as `GET /store/search` names them (plugins/search/README.md). */
export const SEARCH_FACETS = ["craft", "facility", "province", "motif"] as const
export type SearchFacet = (typeof SEARCH_FACETS)[number]

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

/** The server's limits: longer queries, more values or longer values are a 400. */
export const MAX_QUERY_LENGTH = 200
const MAX_FACET_VALUES = 20
const MAX_FACET_VALUE_LENGTH = 120
const MAX_PAGE = 1000
export const MAX_RUPIAH = 9_999_999_999

/**
 * Search params of /cari. Defaults are left out (relevance, page 1, any stock) so the URL stays short; a facet's
 * values are one comma list (`craft=batik-tulis,songket`), which the route accepts as it is.
 */
export type StoreSearch = {
  q?: string
  facility?: string
  craft?: string
  province?: string
  motif?: string
  /** whole rupiah */
  price_min?: number
  price_max?: number
  in_stock?: true
  sort?: Exclude<SearchSort, "relevance">
  /** 1-based; absent on page 1 */
  page?: number
}

/** Words as the search sees them: trimmed, runs of spaces as one. The header box keys its suggestions by this too,
 * so they share TanStack Query's cache with the /cari page of the same words. */
export function normalizeQuery(value: string): string {
  return value.trim().replace(/\s+/g, " ")
}

/** The router parses `?q=2024` to a number and `?q=true` to a boolean: a query is text whatever it looks like. */
function text(value: unknown): string | undefined {
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  if (typeof value !== "string") return undefined
  return normalizeQuery(value) || undefined
}

/** Values of a facet from a comma list, repeated params (`craft=a&craft=b`) or a JSON array, without repeats. */
export function parseFacetValues(value: unknown): string[] {
  const parts = (Array.isArray(value) ? value : [value])
    .map(text)
    .filter((v): v is string => v !== undefined)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v && v.length <= MAX_FACET_VALUE_LENGTH)
  return [...new Set(parts)].slice(0, MAX_FACET_VALUES)
}

export const joinValues = (values: string[]) => (values.length ? values.join(",") : undefined)

function wholeNumber(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : NaN
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined
}

const isSort = (value: unknown): value is SearchSort => (SEARCH_SORTS as readonly unknown[]).includes(value)

/** validateSearch of /cari: keeps what is valid, drops the rest (a hand-edited URL still shows a search). */
export function validateStoreSearch(raw: Record<string, unknown>): StoreSearch {
  let priceMin = wholeNumber(raw.price_min, 0, MAX_RUPIAH)
  let priceMax = wholeNumber(raw.price_max, 0, MAX_RUPIAH)
  // A range typed backwards means the same range.
  if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax) [priceMin, priceMax] = [priceMax, priceMin]
  const page = wholeNumber(raw.page, 1, MAX_PAGE)
  return {
    // Not shortened: a query over the limit is the server's to refuse, and the page says so.
    q: text(raw.q),
    facility: joinValues(parseFacetValues(raw.facility)),
    craft: joinValues(parseFacetValues(raw.craft)),
    province: joinValues(parseFacetValues(raw.province)),
    motif: joinValues(parseFacetValues(raw.motif)),
    price_min: priceMin,
    price_max: priceMax,
    in_stock: raw.in_stock === true || raw.in_stock === "true" ? true : undefined,
    sort: isSort(raw.sort) && raw.sort !== "relevance" ? raw.sort : undefined,
    page: page !== undefined && page > 1 ? page : undefined,
  }
}

export function facetValues(search: StoreSearch, facet: SearchFacet): string[] {
  return parseFacetValues(search[facet])
}

/** The query of `GET /store/search` for a page of this search. */
export function toSearchQuery(search: StoreSearch, limit: number): Record<string, string> {
  const query: Record<string, string> = { q: search.q ?? "", limit: String(limit) }
  for (const facet of SEARCH_FACETS) {
    const values = joinValues(facetValues(search, facet))
    if (values) query[facet] = values
  }
  if (search.price_min !== undefined) query.price_min = String(search.price_min)
  if (search.price_max !== undefined) query.price_max = String(search.price_max)
  if (search.in_stock) query.in_stock = "true"
  if (search.sort) query.sort = search.sort
  if (search.page) query.page = String(search.page)
  return query
}

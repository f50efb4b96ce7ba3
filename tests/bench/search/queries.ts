// The buyer queries of the search benchmarks, and the Meilisearch request the search plugin's provider sends for a
// query: the baseline sends it to Meilisearch itself, without the plugin's client, route or cache in between.
import { multiSearchQueries } from "@karya/plugin-search/lib/meilisearch-query"
import type { SearchQuery } from "@karya/plugin-search/lib/search-params"

/** Words, typos, a facility and a craft filter, sorts by price (route parameters). */
export const QUERIES: { label: string; params: Record<string, string> }[] = [
  { label: "batik tulis", params: { q: "batik tulis" } },
  { label: "songket", params: { q: "songket" } },
  { label: "kue", params: { q: "kue" } },
  { label: "tas anyaman", params: { q: "tas anyaman" } },
  { label: "batk (typo)", params: { q: "batk" } },
  { label: "songkt (typo)", params: { q: "songkt" } },
  { label: "batik, facility=jambi", params: { q: "batik", facility: "lapas-perempuan-jambi" } },
  { label: "craft=anyaman (no q)", params: { craft: "anyaman" } },
  { label: "kue, sort=price_asc", params: { q: "kue", sort: "price_asc" } },
  { label: "kemeja parang, <=300000, price_desc", params: { q: "kemeja parang", price_max: "300000", sort: "price_desc" } },
]

export const MEILI_INDEX = "products"

/** The body of the provider's `POST /multi-search`, built by the plugin's own function. */
export function multiSearchBody(q: SearchQuery) {
  return { queries: multiSearchQueries(q, MEILI_INDEX).queries }
}

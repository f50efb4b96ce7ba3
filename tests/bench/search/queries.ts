// The buyer queries of the search benchmarks, and the Meilisearch request the search plugin's provider sends for a
// query (plugins/search/src/modules/search/providers/meilisearch.ts), written out here so a baseline that queries
// Meilisearch directly does not go through the plugin.
import { FACETS, type Facet, type SearchQuery } from "@karya/plugin-search/lib/search-params"

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
export const HIT_FIELDS = [
  "id", "handle", "title", "title_en", "facility_handle", "facility_name", "city", "province", "craft", "craft_name",
  "motifs", "makers", "price_min", "price_max", "in_stock", "thumbnail",
]
export const FACET_FIELD: Record<Facet, string> = {
  facility: "facility_handle",
  province: "province",
  craft: "craft",
  program: "programs",
  motif: "motifs",
}
export const MEILI_SORT: Record<SearchQuery["sort"], string[] | undefined> = {
  relevance: undefined,
  price_asc: ["price_min:asc"],
  price_desc: ["price_max:desc"],
  newest: ["created_at:desc"],
  title: ["title:asc"],
}

export function meilisearchFilter(q: SearchQuery, except?: Facet): string[] {
  const filter: string[] = []
  for (const facet of FACETS) {
    const values = q[facet]
    if (values?.length && facet !== except) filter.push(`${FACET_FIELD[facet]} IN [${values.map((v) => JSON.stringify(v)).join(", ")}]`)
  }
  if (q.price_min !== undefined) filter.push(`price_max >= ${q.price_min}`)
  if (q.price_max !== undefined) filter.push(`price_min <= ${q.price_max}`)
  if (q.in_stock !== undefined) filter.push(`in_stock = ${q.in_stock}`)
  return filter
}

/** The body of the provider's `POST /multi-search`: the page of hits with the facets nobody narrowed, and one more
 * query per narrowed facet, counted without its own filter. */
export function multiSearchBody(q: SearchQuery) {
  const base = { indexUid: MEILI_INDEX, q: q.q, matchingStrategy: "all" }
  const selected = FACETS.filter((f) => q[f]?.length)
  return {
    queries: [
      {
        ...base,
        filter: meilisearchFilter(q),
        sort: MEILI_SORT[q.sort],
        facets: FACETS.filter((f) => !selected.includes(f)).map((f) => FACET_FIELD[f]),
        attributesToRetrieve: HIT_FIELDS,
        hitsPerPage: q.limit,
        page: q.page,
      },
      ...selected.map((f) => ({ ...base, filter: meilisearchFilter(q, f), facets: [FACET_FIELD[f]], hitsPerPage: 0 })),
    ],
  }
}

// The Meilisearch request of one store search: the provider sends it, and the benchmarks send the same body straight
// to Meilisearch as their baseline (tests/bench), so the two can never drift apart.
import { FACET_FIELD, HIT_FIELDS } from "../modules/search/providers/types"
import { FACETS, type Facet, type SearchQuery } from "./search-params"

const quote = (v: string | number | boolean) => JSON.stringify(v)

export function meilisearchFilter(q: SearchQuery, except?: Facet): string[] {
  const filters: string[] = []
  for (const facet of FACETS) {
    const values = q[facet]
    if (values?.length && facet !== except) filters.push(`${FACET_FIELD[facet]} IN [${values.map(quote).join(", ")}]`)
  }
  if (q.price_min !== undefined) filters.push(`price_max >= ${q.price_min}`)
  if (q.price_max !== undefined) filters.push(`price_min <= ${q.price_max}`)
  if (q.in_stock !== undefined) filters.push(`in_stock = ${q.in_stock}`)
  return filters
}

const SORT: Record<SearchQuery["sort"], string[] | undefined> = {
  relevance: undefined,
  price_asc: ["price_min:asc"],
  price_desc: ["price_max:desc"],
  newest: ["created_at:desc"],
  title: ["title:asc"],
}

/** The queries of one `POST /multi-search`: the page of hits with the facets nobody narrowed, then one query per
 * narrowed facet, counted without its own filter, so ticking one craft does not hide the others. */
export function multiSearchQueries(q: SearchQuery, indexUid: string) {
  // every word must match, as in PostgreSQL (the default "last" drops words until something matches)
  const base = { indexUid, q: q.q, matchingStrategy: "all" as const }
  const selected = FACETS.filter((f) => q[f]?.length)
  return {
    selected,
    queries: [
      {
        ...base,
        filter: meilisearchFilter(q),
        sort: SORT[q.sort],
        facets: FACETS.filter((f) => !selected.includes(f)).map((f) => FACET_FIELD[f]),
        attributesToRetrieve: HIT_FIELDS,
        hitsPerPage: q.limit,
        page: q.page,
      },
      ...selected.map((f) => ({ ...base, filter: meilisearchFilter(q, f), facets: [FACET_FIELD[f]], hitsPerPage: 0 })),
    ],
  }
}

// Changes a buyer makes to a search on /cari: each gives the next URL's search params.
import { facetValues, joinValues, SEARCH_FACETS, type SearchFacet, type StoreSearch } from "./search-params"

/** Drops undefined keys, so two equal searches are equal objects (and one query key). */
function compact(search: StoreSearch): StoreSearch {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as StoreSearch
}

/** A change of what is searched or how it is narrowed starts again at page 1. */
export function refineSearch(search: StoreSearch, change: Partial<StoreSearch>): StoreSearch {
  return compact({ ...search, ...change, page: undefined })
}

/** Adds the value to the facet's filter, or removes it when it is there already. */
export function toggleFacet(search: StoreSearch, facet: SearchFacet, value: string): StoreSearch {
  const values = facetValues(search, facet)
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
  return refineSearch(search, { [facet]: joinValues(next) })
}

export function withPage(search: StoreSearch, page: number): StoreSearch {
  return compact({ ...search, page: page > 1 ? page : undefined })
}

/** The same words and order, with no filter. */
export function clearFilters(search: StoreSearch): StoreSearch {
  return compact({ q: search.q, sort: search.sort })
}

export function activeFilterCount(search: StoreSearch): number {
  return (
    SEARCH_FACETS.reduce((n, facet) => n + facetValues(search, facet).length, 0) +
    (search.price_min !== undefined || search.price_max !== undefined ? 1 : 0) +
    (search.in_stock ? 1 : 0)
  )
}

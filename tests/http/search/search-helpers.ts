// Shared pieces of the search tests: the search service as the tests call it, the same query through both providers
// and the store route, and the documents each index holds.
import type { MedusaContainer } from "@medusajs/framework/types"
import { SearchQuery } from "@karya/plugin-search/lib/search-params"
import { SEARCH_MODULE } from "@karya/plugin-search/modules/search"
import type { RelevanceCase } from "./relevance-set"

export type Provider = "meilisearch" | "postgres"
/** Meilisearch runs in the tests unless KARYA_SEARCH=postgres or the platform has no binary (tests/setup/global-setup.ts):
 * then only PostgreSQL is tested, and the tests comparing the two are skipped. */
export const MEILISEARCH_ON = Boolean(process.env.MEILISEARCH_HOST) && process.env.KARYA_SEARCH !== "postgres"
export const PROVIDERS: Provider[] = MEILISEARCH_ON ? ["meilisearch", "postgres"] : ["postgres"]

export type SearchHit = {
  id: string; handle: string; title: string; title_en: string; facility_handle: string | null; facility_name: string | null
  city: string | null; province: string | null; craft: string | null; craft_name: string | null; motifs: string[]
  makers: string[]; price_min: number | null; price_max: number | null; in_stock: boolean; thumbnail: string | null
}
export type SearchResult = {
  hits: SearchHit[]
  facets: Record<"facility" | "province" | "craft" | "program" | "motif", Record<string, number>>
  total: number
  page: number
  limit: number
  processing_time_ms: number
  provider: Provider
}

/** The search module's service, as far as the tests use it. */
export type SearchService = {
  searchWith(provider: Provider, query: SearchQuery): Promise<SearchResult>
  search(query: SearchQuery): Promise<SearchResult>
  countDocuments(): Promise<{ postgres: number; meilisearch: number | null }>
}
export const searchService = (container: MedusaContainer) => container.resolve<SearchService>(SEARCH_MODULE)

/** The parameters of GET /store/search, parsed as the route parses them. */
export const parse = (params: Record<string, string>) => SearchQuery.parse(params)

/** One provider, with route-style parameters. */
export const searchWith = (container: MedusaContainer, provider: Provider, params: Record<string, string>) =>
  searchService(container).searchWith(provider, parse(params))

export const queryString = (params: Record<string, string>) => new URLSearchParams(params).toString()

/** The parameters of a relevance case: every match on one page (the catalogue has 41 products). */
export const caseParams = (c: RelevanceCase): Record<string, string> => ({ q: c.q, ...c.filters, limit: "48" })

/** What is wrong with a result for a relevance case (nothing: an empty list). */
export function relevanceProblems(c: RelevanceCase, result: SearchResult): string[] {
  const handles = result.hits.map((h) => h.handle)
  const n = c.top ?? c.expectTop.length
  const top = handles.slice(0, n)
  const problems: string[] = []
  const missing = c.expectTop.filter((h) => !top.includes(h))
  if (missing.length) problems.push(`not in the top ${n}: ${missing.join(", ")}`)
  const present = (c.expectAbsent ?? []).filter((h) => handles.includes(h))
  if (present.length) problems.push(`should not be found: ${present.join(", ")}`)
  if (c.expectTotal !== undefined && result.total !== c.expectTotal) problems.push(`total ${result.total}, expected ${c.expectTotal}`)
  const label = `${JSON.stringify(c.q)}${c.filters ? ` ${queryString(c.filters)}` : ""}`
  return problems.map((p) => `${result.provider} ${label}: ${p} — got [${handles.slice(0, Math.max(n, 6)).join(" ")}] of ${result.total}`)
}

export { eventually } from "../../helpers/eventually"

/** Meilisearch's index, read directly (not through the plugin). */
export async function meilisearch<T>(pathAndQuery: string): Promise<T> {
  const res = await fetch(`${process.env.MEILISEARCH_HOST}${pathAndQuery}`, {
    headers: { Authorization: `Bearer ${process.env.MEILISEARCH_API_KEY}` },
  })
  if (!res.ok) throw new Error(`Meilisearch ${pathAndQuery}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import type { SearchQuery } from "../../../lib/search-params"

/** Product search with facets: Meilisearch when configured, else (or when it does not answer) PostgreSQL. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const search: SearchModuleService = req.scope.resolve(SEARCH_MODULE)
  const result = await search.search(req.validatedQuery as SearchQuery)
  res.setHeader("X-Search-Provider", result.provider)
  // the fallback's answer is for this moment only: no cache (the store's, a browser's) may keep it once Meilisearch
  // is back
  if (result.provider !== search.providerName) res.setHeader("Cache-Control", "no-store")
  res.json(result)
}

// The tag under which the backend's store cache (backend/src/api/store-cache.ts) keeps the answers of
// GET /store/search. Search answers come from the index, so they go stale when the index changes, not when the
// catalogue does: whoever writes the index clears them, after the write has landed.
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export const STORE_SEARCH_CACHE_TAG = "karya:store-search"

type Caching = { clear: (input: { tags: string[] }) => Promise<void> }

/** Drops every cached search answer; a cache that fails to clear is logged, never fails the index write. */
export async function clearCachedSearches(container: MedusaContainer) {
  const caching = container.resolve<Caching | undefined>(Modules.CACHING, { allowUnregistered: true })
  if (!caching) return
  try {
    await caching.clear({ tags: [STORE_SEARCH_CACHE_TAG] })
  } catch (error) {
    container.resolve("logger").warn(`search: the store's cached searches could not be cleared: ${(error as Error).message}`)
  }
}

// Keeps the search documents in step with the catalogue: the subscribers map each change to the products it touches
// and call `refreshProducts`; `reindexAll` rebuilds everything (npm run reindex, and the scheduled repair).
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEARCH_MODULE } from "../modules/search"
import type SearchModuleService from "../modules/search/service"
import { coalesce, type Coalesced } from "./coalesce"
import { buildDocuments, type SearchDocument } from "./document"
import { clearCachedSearches } from "./store-cache"

export const REINDEX_BATCH = 250

/** Rebuilds the documents of these products, and removes those that are gone or no longer for sale. */
export async function refreshProducts(container: MedusaContainer, productIds: string[]) {
  const ids = [...new Set(productIds.filter(Boolean))]
  if (!ids.length) return { upserted: 0, removed: 0 }
  const search: SearchModuleService = container.resolve(SEARCH_MODULE)
  const { documents, removed } = await buildDocuments(container, ids)
  await search.upsertDocuments(documents)
  await search.removeDocuments(removed)
  await clearCachedSearches(container)
  return { upserted: documents.length, removed: removed.length }
}

/** How long the subscribers gather product ids before one refresh: events of one edit land within a few ms. */
export const REFRESH_WINDOW_MS = 50

const soon = new WeakMap<MedusaContainer, Coalesced>()

/** `refreshProducts` for the subscribers: the products of events that arrive together are refreshed once. */
export function refreshProductsSoon(container: MedusaContainer, productIds: string[]): Promise<void> {
  let refresh = soon.get(container)
  if (!refresh) {
    refresh = coalesce((ids) => refreshProducts(container, ids), REFRESH_WINDOW_MS)
    soon.set(container, refresh)
  }
  return refresh(productIds)
}

/** Every product, in batches of ids ordered by id, as documents. */
async function* allDocuments(container: MedusaContainer): AsyncIterable<SearchDocument[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let skip = 0
  for (;;) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id"],
      pagination: { skip, take: REINDEX_BATCH, order: { id: "ASC" } },
    })
    if (!data.length) return
    skip += data.length
    yield (await buildDocuments(container, (data as { id: string }[]).map((p) => p.id))).documents
  }
}

/** Rebuilds both indexes from the catalogue and swaps them in at the end: search never goes empty meanwhile. */
export async function reindexAll(container: MedusaContainer, progress?: (provider: string, done: number, total: number) => void) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // the bar counts what will be indexed: published products (a closed facility's few are left out at the end)
  const { metadata } = await query.graph({ entity: "product", fields: ["id"], filters: { status: "published" }, pagination: { skip: 0, take: 1 } })
  const total = metadata?.count ?? 0
  const search: SearchModuleService = container.resolve(SEARCH_MODULE)
  // built once, replayed for the second provider (documents are small: 10,000 are a few MB)
  const built: SearchDocument[][] = []
  let first = true
  const batches = () => {
    if (!first) return replay(built)
    first = false
    return record(allDocuments(container), built)
  }
  const result = await search.replaceAll(batches, (provider, done) => progress?.(provider, done, total))
  await clearCachedSearches(container)
  return result
}

async function* record(source: AsyncIterable<SearchDocument[]>, into: SearchDocument[][]) {
  for await (const batch of source) {
    into.push(batch)
    yield batch
  }
}

async function* replay(batches: SearchDocument[][]) {
  yield* batches
}

/** The products a change touches, from a query; `withDeleted` so a deleted record still names its product. */
export async function productIdsOf(container: MedusaContainer, entity: string, ids: string | string[], path: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: [path], filters: { id: ids }, withDeleted: true })
  const out: string[] = []
  const walk = (value: unknown, keys: string[]) => {
    if (value === null || value === undefined) return
    if (Array.isArray(value)) return value.forEach((v) => walk(v, keys))
    if (!keys.length) return typeof value === "string" && out.push(value)
    walk((value as Record<string, unknown>)[keys[0]!], keys.slice(1))
  }
  walk(data, path.split("."))
  return out
}

// The store's public catalogue answers (products, search, facilities, motifs, programs, categories) kept whole in
// Medusa's caching module: in the process, or in Redis shared by every instance when REDIS_URL is set. A buyer's
// browsing asks the same few hundred URLs over and over; answering them from the cache skips Medusa's query, pricing
// and link work (see README.md, "Performance"). What changes the catalogue clears it: every successful write of staff
// or operators (/portal, /admin) before its answer leaves, so a withdrawn consent or a new price shows on the very
// next request; the subscriber src/subscribers/store-cache.ts on catalogue events from elsewhere (orders, jobs, other
// instances); the search plugin after each write to its index. Entries also expire after STORE_CACHE_TTL_SECONDS,
// which bounds how stale an answer can be if an invalidation is ever missed. The same request arriving while its answer
// is being computed (a burst of buyers just after a clear) waits for that answer instead of asking Medusa again.
import crypto from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { STORE_SEARCH_CACHE_TAG } from "@karya/plugin-search/lib/store-cache"

export const STORE_CATALOGUE_CACHE_TAG = "karya:store-catalogue"
export { STORE_SEARCH_CACHE_TAG }

const TTL_SECONDS = Number(process.env.STORE_CACHE_TTL_SECONDS ?? 60)

/** Routes whose anonymous answers are the same for every buyer of a sales channel. Not cached: carts, orders,
 * customers, regions and shipping (per buyer or rarely read), the impact totals (they follow every captured payment,
 * through the split that runs after it) and anything asking for stock (`inventory_quantity`): the purchase box and the
 * cart read stock live. */
const CATALOGUE = /^\/store\/(products|facilities|motifs|programs|product-categories|collections)(\/|$)/
const NOT_CACHED = /\/impact$/

type Entry = { body: string; etag: string; provider?: string }
type Caching = {
  get: (input: { key: string }) => Promise<Entry | null>
  set: (input: { key: string; data: Entry; tags: string[]; ttl: number }) => Promise<void>
  clear: (input: { tags: string[] }) => Promise<void>
}

function tagOf(req: MedusaRequest): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null
  // a signed-in customer may see her own prices (customer groups); her answers are never shared
  if (req.headers.authorization || req.headers.cookie?.includes("connect.sid")) return null
  if (req.path === "/store/search") return STORE_SEARCH_CACHE_TAG
  if (!CATALOGUE.test(req.path) || NOT_CACHED.test(req.path)) return null
  if (req.originalUrl.includes("inventory_quantity")) return null
  return STORE_CATALOGUE_CACHE_TAG
}

/** The answer varies with the URL (query included, as sent), the sales channels of the key and the locale. */
function keyOf(req: MedusaRequest) {
  const parts = [req.originalUrl, req.get("x-publishable-api-key") ?? "", req.get("x-medusa-locale") ?? ""]
  return `store:${crypto.createHash("sha1").update(parts.join("\n")).digest("base64url")}`
}

function send(res: MedusaResponse, entry: Entry, state: "HIT" | "MISS") {
  res.setHeader("X-Cache", state)
  // Shared caches must keep one copy per key and locale; a browser revalidates each time (ETag → 304).
  res.vary("x-publishable-api-key")
  res.vary("x-medusa-locale")
  res.setHeader("Cache-Control", "public, no-cache")
  res.setHeader("ETag", entry.etag)
  if (entry.provider) res.setHeader("X-Search-Provider", entry.provider)
  res.type("json")
  // Express answers 304 itself when If-None-Match matches the ETag set above
  res.send(entry.body)
}

/** Answers this process is computing, by key: the same request arriving meanwhile (a burst of buyers after the cache
 * was cleared) waits for that answer instead of asking Medusa again. `null`: the answer is not to be kept. */
const inFlight = new Map<string, Promise<Entry | null>>()
/** Counts this process's clears: an answer computed across a clear may predate the change, so it is sent to whoever
 * asked but not kept. */
let generation = 0

export async function storeCache(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const tag = tagOf(req)
  const caching = tag ? req.scope.resolve<Caching | undefined>(Modules.CACHING, { allowUnregistered: true }) : undefined
  if (!tag || !caching) return next()
  const key = keyOf(req)
  let cached: Entry | null = null
  // A client that asks for a fresh answer (`Cache-Control: no-cache`, a browser's hard reload) gets one, which then
  // replaces the cached one
  const wantsFresh = /no-cache|no-store|max-age=0/.test(req.get("cache-control") ?? "")
  try {
    if (!wantsFresh) cached = await caching.get({ key })
  } catch {
    // a cache that does not answer is no cache: the route answers
  }
  if (!cached && !wantsFresh) cached = (await inFlight.get(key)) ?? null
  if (cached) return send(res, cached, "HIT")

  const started = generation
  let settle: (entry: Entry | null) => void = () => undefined
  if (!inFlight.has(key)) {
    const computing = new Promise<Entry | null>((resolve) => (settle = resolve))
    inFlight.set(key, computing)
    // whatever the answer (an error, a dropped connection), waiters are released and the next request computes anew
    res.once("close", () => settle(null))
    void computing.then(() => inFlight.get(key) === computing && inFlight.delete(key))
  }

  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    // a route that says its answer must not be kept (a search answered by the fallback) is not cached
    if (res.statusCode !== 200 || /no-store/.test(String(res.getHeader("Cache-Control") ?? ""))) {
      settle(null)
      return json(body)
    }
    const text = JSON.stringify(body)
    const provider = res.getHeader("X-Search-Provider")
    const entry: Entry = {
      body: text,
      etag: `W/"${crypto.createHash("sha1").update(text).digest("base64url")}"`,
      ...(typeof provider === "string" ? { provider } : {}),
    }
    if (generation === started) {
      caching.set({ key, data: entry, tags: [tag], ttl: TTL_SECONDS }).catch((error: Error) => {
        req.scope.resolve("logger").warn(`store cache: could not keep ${req.path}: ${error.message}`)
      })
    }
    settle(entry)
    send(res, entry, "MISS")
    return res
  }
  next()
}

type Scope = { resolve: MedusaRequest["scope"]["resolve"] }

/** Drops every cached catalogue and search answer (the subscriber on catalogue events, and writes below). */
export async function clearStoreCache(scope: Scope) {
  // requests from now on must not join an answer computed before the change
  generation++
  inFlight.clear()
  const caching = scope.resolve<Caching | undefined>(Modules.CACHING, { allowUnregistered: true })
  await caching?.clear({ tags: [STORE_CATALOGUE_CACHE_TAG, STORE_SEARCH_CACHE_TAG] })
}

/** After a successful staff or operator write (/portal, /admin: POST, DELETE…), the store's cached answers are dropped
 * before the answer is sent: whoever made the change, and every buyer after, sees it. Writes are rare next to reads. */
export function clearStoreCacheOnWrite(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next()
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    if (res.statusCode >= 400) return json(body)
    clearStoreCache(req.scope)
      .catch((error: Error) => req.scope.resolve("logger").warn(`store cache: not cleared after ${req.method} ${req.path}: ${error.message}`))
      .finally(() => json(body))
    return res
  }
  next()
}

// The header box's suggestions read the same query as /cari, keyed by the words: a late answer for older words never
// shows in place of the newer words' answer, and the older request is cancelled. Run against TanStack Query's own
// observer (what useQuery subscribes to) and a stand-in for the SDK whose answers arrive in the order a test picks.
import { hashKey, keepPreviousData, QueryClient, QueryObserver } from "@tanstack/react-query"
import { afterEach, describe, expect, it, vi } from "vitest"
import { validateStoreSearch } from "../utils/search-params"
import type { SearchHit, SearchResult } from "./search-products"

type Call = { q: string; signal: AbortSignal | undefined; answer: (titles: string[]) => void }
const calls = vi.hoisted(() => [] as Call[])

vi.mock("../../../lib/sdk", () => ({
  getSdk: () => ({
    client: {
      fetch: (_path: string, init: { query: { q: string }; signal?: AbortSignal }) =>
        new Promise<SearchResult>((resolve) => {
          // Answers whenever the test says, aborted or not: a server that replies late.
          calls.push({
            q: init.query.q,
            signal: init.signal,
            answer: (titles) =>
              resolve({
                hits: titles.map((title, i) => ({ id: `prod_${i}`, handle: `p-${i}`, title }) as SearchHit),
                facets: { facility: {}, province: {}, craft: {}, program: {}, motif: {} },
                total: titles.length,
                page: 1,
                limit: 12,
                processing_time_ms: 1,
                provider: "postgres",
              }),
          })
        }),
    },
  }),
}))

const { searchProductsQueryOptions } = await import("./search-products")

const suggestionsFor = (q: string) => ({ ...searchProductsQueryOptions({ q }), placeholderData: keepPreviousData })
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
const titles = (observer: { getCurrentResult(): { data?: SearchResult } }) => observer.getCurrentResult().data?.hits.map((h) => h.title)

afterEach(() => {
  calls.length = 0
})

describe("suggestions keyed by the words", () => {
  it("never show an older word's late answer over the newer word's", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const observer = new QueryObserver(client, suggestionsFor("batk"))
    const unsubscribe = observer.subscribe(() => {})
    await settle()
    observer.setOptions(suggestionsFor("batk angso"))
    await settle()
    expect(calls.map((c) => c.q)).toEqual(["batk", "batk angso"])
    const [older, newer] = calls as [Call, Call]

    // the newer words answer first…
    newer.answer(["Batik Tulis Angso Duo"])
    await settle()
    expect(titles(observer)).toEqual(["Batik Tulis Angso Duo"])
    // …then the older ones, late: still the newer answer on screen; the older request was cancelled
    older.answer(["Batik Cap Kawung", "Batik Tulis Bungo Pauh"])
    await settle()
    expect(titles(observer)).toEqual(["Batik Tulis Angso Duo"])
    expect(older.signal?.aborted).toBe(true)
    expect(newer.signal?.aborted).toBe(false)
    unsubscribe()
    client.clear()
  })

  it("keep the previous words' products while the next words load, marked as such", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const observer = new QueryObserver(client, suggestionsFor("songket"))
    const unsubscribe = observer.subscribe(() => {})
    await settle()
    calls[0]!.answer(["Songket Palembang"])
    await settle()
    observer.setOptions(suggestionsFor("songket merah"))
    await settle()
    const waiting = observer.getCurrentResult()
    expect(waiting.data?.hits.map((h) => h.title)).toEqual(["Songket Palembang"])
    expect(waiting.isPlaceholderData).toBe(true)
    expect(waiting.isFetching).toBe(true)
    calls[1]!.answer([])
    await settle()
    expect(observer.getCurrentResult()).toMatchObject({ isPlaceholderData: false, isFetching: false })
    expect(titles(observer)).toEqual([])
    unsubscribe()
    client.clear()
  })

  it("are the /cari page's first answer for the same words (one request, one cache entry)", () => {
    const fromUrl = validateStoreSearch({ q: "  batk   angso " })
    expect(hashKey(searchProductsQueryOptions({ q: "batk angso" }).queryKey)).toBe(
      hashKey(searchProductsQueryOptions(fromUrl).queryKey)
    )
    expect(hashKey(searchProductsQueryOptions({ q: "batk" }).queryKey)).not.toBe(
      hashKey(searchProductsQueryOptions(fromUrl).queryKey)
    )
  })
})

// Meilisearch that is not there, or does not answer: every call rejects within its timeout (the service then answers
// from PostgreSQL), never a hang. No database, no Meilisearch: a closed port and a server that accepts and stays silent.
import net from "node:net"
import { SearchQuery } from "../../../lib/search-params"
import { meilisearchFilter } from "../../../lib/meilisearch-query"
import { MeilisearchProvider } from "./meilisearch"

/** A TCP server that accepts connections and never answers. */
async function silentServer() {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      for (const s of sockets) s.destroy()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

async function rejectsWithin<T>(promise: Promise<T>, ms: number) {
  const started = Date.now()
  await expect(promise).rejects.toThrow()
  const elapsed = Date.now() - started
  expect(elapsed).toBeLessThan(ms)
  return elapsed
}

describe("MeilisearchProvider when Meilisearch is unreachable", () => {
  const query = SearchQuery.parse({ q: "batik" })

  it("rejects at once on a closed port", async () => {
    const provider = new MeilisearchProvider({ host: "http://127.0.0.1:1", timeoutMs: 500 })
    await rejectsWithin(provider.search(query), 2000)
    await rejectsWithin(provider.count(), 2000)
    await rejectsWithin(provider.upsert([{ id: "prod_1" } as never]), 2000)
    await rejectsWithin(provider.remove(["prod_1"]), 2000)
  })

  it("rejects after its timeout when the server accepts and never answers", async () => {
    const server = await silentServer()
    try {
      const provider = new MeilisearchProvider({ host: server.url, timeoutMs: 500 })
      const elapsed = await rejectsWithin(provider.search(query), 2000)
      expect(elapsed).toBeGreaterThanOrEqual(450) // it did wait for the timeout, not fail for another reason
      // and again: a failed connection is not cached as ready
      await rejectsWithin(provider.search(query), 2000)
    } finally {
      await server.close()
    }
  })
})

describe("meilisearchFilter", () => {
  it("quotes facet values and bounds prices as PostgreSQL does", () => {
    const q = SearchQuery.parse({ craft: "batik-tulis,batik-cap", motif: 'Angso "Duo"', price_min: "100000", price_max: "300000", in_stock: "true" })
    expect(meilisearchFilter(q)).toEqual([
      'craft IN ["batik-tulis", "batik-cap"]',
      'motifs IN ["Angso \\"Duo\\""]',
      "price_max >= 100000",
      "price_min <= 300000",
      "in_stock = true",
    ])
  })
})

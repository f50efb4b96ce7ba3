// The transport the Meilisearch client uses (node:http, kept-alive sockets), against a local HTTP server: what it
// sends, what it answers, its errors, and a kept-alive socket the server closed.
import http from "node:http"
import type net from "node:net"
import { createMeilisearchHttpClient, MeilisearchHttpError } from "./meilisearch-http"

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string; socket: net.Socket }

async function server(answer: (seen: Seen, res: http.ServerResponse) => void) {
  const seen: Seen[] = []
  const srv = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      const s = { method: req.method!, url: req.url!, headers: req.headers, body, socket: req.socket }
      seen.push(s)
      answer(s, res)
    })
  })
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve))
  const { port } = srv.address() as net.AddressInfo
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise<void>((resolve) => srv.close(() => resolve())) }
}

const json = (res: http.ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { "content-type": "application/json" })
  res.end(JSON.stringify(value))
}

describe("the Meilisearch HTTP client", () => {
  const client = createMeilisearchHttpClient()
  afterAll(() => client.close())

  it("sends the method, headers and JSON body it is given, answers the parsed JSON and reuses the connection", async () => {
    const s = await server((_, res) => json(res, 200, { results: [{ hits: [{ id: "prod_1" }] }] }))
    const body = JSON.stringify({ queries: [{ indexUid: "products", q: "batik" }] })
    const init = { method: "POST", body, headers: new Headers({ Authorization: "Bearer key", "Content-Type": "application/json" }) }
    expect(await client(new URL("/multi-search", s.url), init)).toEqual({ results: [{ hits: [{ id: "prod_1" }] }] })
    expect(await client(`${s.url}/multi-search`, init)).toEqual({ results: [{ hits: [{ id: "prod_1" }] }] })
    expect(s.seen.map((r) => [r.method, r.url, r.body])).toEqual([
      ["POST", "/multi-search", body],
      ["POST", "/multi-search", body],
    ])
    expect(s.seen[0]!.headers.authorization).toBe("Bearer key")
    expect(s.seen[0]!.headers["content-type"]).toBe("application/json")
    expect(s.seen[0]!.headers["content-length"]).toBe(String(Buffer.byteLength(body)))
    expect(s.seen[1]!.socket).toBe(s.seen[0]!.socket) // kept alive
    await s.close()
  })

  it("answers an empty body as undefined", async () => {
    const s = await server((_, res) => res.writeHead(204).end())
    expect(await client(`${s.url}/indexes/products`, { method: "DELETE" })).toBeUndefined()
    await s.close()
  })

  it("rejects an error answer with Meilisearch's message, code and status", async () => {
    const s = await server((_, res) => json(res, 404, { message: "Index `products` not found.", code: "index_not_found" }))
    const error = await client(`${s.url}/indexes/products/stats`, { method: "GET" }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MeilisearchHttpError)
    expect(error).toMatchObject({ status: 404, code: "index_not_found" })
    expect((error as Error).message).toBe("Index `products` not found. (index_not_found, HTTP 404)")
    await s.close()
  })

  it("rejects with the signal's reason when it aborts (the client's timeout), without waiting for the server", async () => {
    const s = await server(() => undefined) // never answers
    const controller = new AbortController()
    const reason = Symbol("timeout")
    setTimeout(() => controller.abort(reason), 50)
    const started = Date.now()
    await expect(client(`${s.url}/health`, { method: "GET", signal: controller.signal })).rejects.toBe(reason)
    expect(Date.now() - started).toBeLessThan(1000)
    await s.close()
  })

  it("sends a request again on a new connection when the kept-alive one it reused was closed by the server", async () => {
    let answered = 0
    const s = await server((seen, res) => {
      answered++
      json(res, 200, { n: answered })
    })
    expect(await client(`${s.url}/version`, { method: "GET" })).toEqual({ n: 1 })
    // the server drops its side without telling the client's agent in time: the next write meets a reset socket
    s.seen[0]!.socket.resetAndDestroy()
    expect(await client(`${s.url}/version`, { method: "GET" })).toEqual({ n: 2 })
    await s.close()
  })
})

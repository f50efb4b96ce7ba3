// How the Meilisearch client reaches the server: node:http over kept-alive connections instead of the global fetch.
// Measured in the HTTP benchmark's profile, fetch (undici, its web streams and AbortSignals) took about a sixth of
// the backend's CPU on an uncached search, more than the route, Medusa's middlewares or zod; a plain request on a
// kept-alive socket does the same work for a fraction of it. The client's `httpClient` option takes over the
// transport: it gets the URL and init the client built (headers, JSON body, the AbortSignal of its timeout) and
// answers with the parsed JSON, or throws.
import { setMaxListeners } from "node:events"
import http from "node:http"
import https from "node:https"

/** An answer of Meilisearch that is not 2xx: its own message and code (e.g. `index_not_found`). */
export class MeilisearchHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string
  ) {
    super(message)
    this.name = "MeilisearchHttpError"
  }
}

// Idle sockets are closed after 2 s, before Meilisearch's own 5 s keep-alive ends them under a request.
const AGENT_OPTIONS = { keepAlive: true, timeout: 2_000, maxFreeSockets: 16 }

type Init = { method?: string; headers?: HeadersInit; body?: unknown; signal?: AbortSignal | null }

export function createMeilisearchHttpClient() {
  const transports = {
    "http:": { request: http.request, agent: new http.Agent(AGENT_OPTIONS) },
    "https:": { request: https.request, agent: new https.Agent(AGENT_OPTIONS) },
  }

  function send(url: URL, init: Init, retry: boolean): Promise<unknown> {
    const signal = init.signal ?? undefined
    if (signal?.aborted) return Promise.reject(signal.reason)
    // The client's waitTask polls with one signal and leaves a listener of its own on it per poll until the wait ends
    // (meilisearch 0.62); fetch lifts the signal's listener limit for the same reason, so no warning is printed
    if (signal) setMaxListeners(0, signal)
    const { request, agent } = url.protocol === "https:" ? transports["https:"] : transports["http:"]
    const headers = Object.fromEntries(new Headers(init.headers ?? {}))
    const body = typeof init.body === "string" ? init.body : undefined
    if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body))

    return new Promise((resolve, reject) => {
      const req = request(url, { method: init.method ?? "GET", headers, agent }, (res) => {
        const chunks: Buffer[] = []
        res.on("data", (chunk: Buffer) => chunks.push(chunk))
        res.on("error", reject)
        res.on("end", () => {
          signal?.removeEventListener("abort", abort)
          const text = Buffer.concat(chunks).toString("utf8")
          let json: unknown
          try {
            json = text === "" ? undefined : JSON.parse(text)
          } catch {
            return reject(new MeilisearchHttpError(res.statusCode ?? 0, undefined, `Meilisearch answered ${res.statusCode} with no JSON`))
          }
          const status = res.statusCode ?? 0
          if (status >= 200 && status < 300) return resolve(json)
          const { message, code } = (json ?? {}) as { message?: string; code?: string }
          reject(new MeilisearchHttpError(status, code, `${message ?? "Meilisearch error"} (${code ?? "no code"}, HTTP ${status})`))
        })
      })
      // the client's timeout: its reason is what the client turns into its timeout error
      const abort = () => {
        reject(signal?.reason)
        req.destroy()
      }
      signal?.addEventListener("abort", abort, { once: true })
      req.on("error", (error: NodeJS.ErrnoException) => {
        signal?.removeEventListener("abort", abort)
        if (signal?.aborted) return
        // a kept-alive socket the server closed as it was reused: once more on a new one (as Node's docs advise)
        if (retry && req.reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE")) return send(url, init, false).then(resolve, reject)
        reject(error)
      })
      req.end(body)
    })
  }

  const client = (input: string | URL | Request, init?: RequestInit) =>
    send(input instanceof URL ? input : new URL(typeof input === "string" ? input : input.url), (init ?? {}) as Init, true)
  return Object.assign(client, {
    /** closes the idle sockets (a test's or a shutdown's end) */
    close() {
      transports["http:"].agent.destroy()
      transports["https:"].agent.destroy()
    },
  })
}

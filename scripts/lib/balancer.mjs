// The local load balancer of `npm run start:cluster` and the scale-out tests: HTTP requests round-robin over the
// backend instances, bodies streamed both ways, headers kept, X-Forwarded-For/-Proto/-Host added. An instance that
// refuses the connection (stopped, restarting) is skipped and the next one tried, with the body still unread; when
// none answers, 502. Each answer names its instance in `X-Karya-Instance`. node:http only: it is a development and test
// stand-in for the balancer a deployment already has (nginx, a cloud load balancer), small enough to read, so not
// worth a dependency.
import http from "node:http"

// hop-by-hop headers (RFC 9110 7.6.1): about one connection, not passed on
const HOP = new Set(["connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization", "te", "trailer", "upgrade"])
const endToEnd = (headers) => Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP.has(k)))
// refused or unreachable before a byte was sent: safe to try the next instance
const NOT_THERE = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL"])

/** Starts the balancer on `port` (every interface unless `host` says) in front of `targets` (`[{ name, url }]`, e.g.
 * `{ name: "server-1", url: "http://127.0.0.1:9001" }`). Returns `{ url, server, close() }`. */
export async function startBalancer({ port, host, targets }) {
  const list = targets.map((t) => ({ ...t, agent: new http.Agent({ keepAlive: true, maxSockets: 256 }) }))
  let next = 0

  /** Tries the instances in turn from `first`: `tried` of them have refused already. */
  function forward(req, res, first, tried) {
    if (tried >= list.length) {
      res.writeHead(502, { "content-type": "application/json" })
      res.end(JSON.stringify({ type: "bad_gateway", message: "No backend instance answered" }))
      return
    }
    const target = list[(first + tried) % list.length]
    const url = new URL(target.url)
    const client = (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "")
    const headers = endToEnd(req.headers)
    headers["x-forwarded-for"] = req.headers["x-forwarded-for"] ? `${req.headers["x-forwarded-for"]}, ${client}` : client
    headers["x-forwarded-proto"] ??= "http"
    if (req.headers.host) headers["x-forwarded-host"] ??= req.headers.host
    const upstream = http.request({ host: url.hostname, port: url.port, method: req.method, path: req.url, headers, agent: target.agent })
    let sending = false
    // the body is piped only once the connection is there: a refused one leaves it unread for the next instance
    upstream.on("socket", (socket) => {
      const send = () => {
        sending = true
        req.pipe(upstream)
      }
      if (socket.connecting) socket.once("connect", send)
      else send()
    })
    upstream.on("response", (answer) => {
      res.writeHead(answer.statusCode, answer.statusMessage, { ...endToEnd(answer.headers), "x-karya-instance": target.name })
      answer.pipe(res)
      answer.on("error", () => res.destroy())
    })
    upstream.on("error", (error) => {
      // refused: the body is unread, any request may go on; reset before an answer: a GET or HEAD may (idempotent)
      const again = (!sending && NOT_THERE.has(error.code)) || (error.code === "ECONNRESET" && (req.method === "GET" || req.method === "HEAD"))
      if (again && !res.headersSent) return forward(req, res, first, tried + 1)
      if (res.headersSent) return res.destroy() // cut mid-answer: the client sees a broken response, as it should
      res.writeHead(502, { "content-type": "application/json", "x-karya-instance": target.name })
      res.end(JSON.stringify({ type: "bad_gateway", message: `${target.name} failed: ${error.code ?? error.message}` }))
    })
    req.upstream = upstream
  }

  const server = http.createServer((req, res) => {
    // the client went away: so does its request upstream
    res.on("close", () => {
      if (!res.writableFinished) req.upstream?.destroy()
    })
    forward(req, res, next++ % list.length, 0)
  })
  server.keepAliveTimeout = 65_000
  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, resolve)
  })
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections?.()
      for (const t of list) t.agent.destroy()
    })
  const named = host && host !== "0.0.0.0" && host !== "::" ? host : "localhost"
  return { url: `http://${named}:${server.address().port}`, server, close }
}

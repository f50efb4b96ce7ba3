// Production server for the storefront: static dist/ with SPA fallback, and /config.json from the environment.
// No dependencies: node:http, node:fs, node:zlib only.
import { createReadStream } from "node:fs"
import { readFile, stat } from "node:fs/promises"
import { createServer } from "node:http"
import { extname, join, resolve, sep } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { securityHeaders } from "./security-headers.mjs"

const DIST = resolve(fileURLToPath(new URL("./dist", import.meta.url)))
const PORT = Number(process.env.PORT || 5173)
const HOST = process.env.HOST || "0.0.0.0"
const BACKEND_URL = process.env.KARYA_BACKEND_URL || "http://localhost:9000"
const PUBLISHABLE_KEY = process.env.KARYA_PUBLISHABLE_KEY || ""
// Optional: with Stripe's publishable key the checkout offers card payment (when the backend's region has Stripe).
const STRIPE_PUBLISHABLE_KEY = process.env.STRIPE_PUBLISHABLE_KEY || ""

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
}
const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".map",
  ".svg",
  ".txt",
  ".webmanifest",
  ".xml",
])
const MIN_GZIP_BYTES = 1024

const CONFIG_JSON = JSON.stringify({
  backendUrl: BACKEND_URL,
  publishableKey: PUBLISHABLE_KEY,
  ...(STRIPE_PUBLISHABLE_KEY ? { stripePublishableKey: STRIPE_PUBLISHABLE_KEY } : {}),
})

// dist/ does not change while the server runs, so a gzipped copy is made once per file.
const gzipCache = new Map()

// CSP (self, the backend, Stripe only when configured), nosniff, referrer policy, no framing: security-headers.mjs
const BASE_HEADERS = securityHeaders({
  backendUrl: BACKEND_URL,
  stripe: Boolean(STRIPE_PUBLISHABLE_KEY),
})
const HSTS = securityHeaders({ backendUrl: BACKEND_URL, https: true })[
  "Strict-Transport-Security"
]

function send(res, status, headers, body, method) {
  res.writeHead(status, { ...BASE_HEADERS, ...headers })
  res.end(method === "HEAD" ? undefined : body)
}

function acceptsGzip(req) {
  return /\bgzip\b/.test(req.headers["accept-encoding"] || "")
}

/** The file under DIST for a URL path, or null if the path escapes DIST or is malformed. */
function resolveInDist(pathname) {
  let decoded
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null
  const file = resolve(join(DIST, decoded))
  if (file !== DIST && !file.startsWith(DIST + sep)) return null
  return file
}

async function fileInfo(file) {
  try {
    const info = await stat(file)
    return info.isFile() ? info : null
  } catch {
    return null
  }
}

async function serveFile(req, res, file, info, cacheControl) {
  const ext = extname(file).toLowerCase()
  const headers = {
    "Content-Type": CONTENT_TYPES[ext] || "application/octet-stream",
    "Cache-Control": cacheControl,
    "Last-Modified": info.mtime.toUTCString(),
  }
  if (COMPRESSIBLE.has(ext)) {
    headers.Vary = "Accept-Encoding"
    if (acceptsGzip(req) && info.size >= MIN_GZIP_BYTES) {
      let gz = gzipCache.get(file)
      if (!gz) {
        gz = gzipSync(await readFile(file))
        gzipCache.set(file, gz)
      }
      headers["Content-Encoding"] = "gzip"
      headers["Content-Length"] = gz.length
      return send(res, 200, headers, gz, req.method)
    }
  }
  headers["Content-Length"] = info.size
  res.writeHead(200, { ...BASE_HEADERS, ...headers })
  if (req.method === "HEAD") return res.end()
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res)
}

async function handle(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(
      res,
      405,
      { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" },
      "Method Not Allowed\n",
      req.method
    )
  }

  // Check the raw path before URL parsing normalises "/../" away, so traversal is refused outright.
  const rawPath = (req.url || "/").split("?")[0] || "/"
  if (
    /(^|\/|\\)\.\.($|\/|\\)/.test(rawPath) ||
    /%2e%2e|%2f|%5c|%00/i.test(rawPath)
  ) {
    return send(
      res,
      400,
      { "Content-Type": "text/plain; charset=utf-8" },
      "Bad Request\n",
      req.method
    )
  }
  const pathname = new URL(rawPath, "http://localhost").pathname

  if (pathname === "/config.json") {
    return send(
      res,
      200,
      {
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": "no-store",
      },
      CONFIG_JSON,
      req.method
    )
  }

  const file = resolveInDist(pathname)
  if (!file) {
    return send(
      res,
      400,
      { "Content-Type": "text/plain; charset=utf-8" },
      "Bad Request\n",
      req.method
    )
  }

  const info = pathname === "/" ? null : await fileInfo(file)
  if (info) {
    const immutable = pathname.startsWith("/assets/")
    const cacheControl = immutable
      ? "public, max-age=31536000, immutable"
      : pathname.endsWith(".html")
        ? "no-cache"
        : "public, max-age=3600"
    return serveFile(req, res, file, info, cacheControl)
  }

  // Hashed assets and files with a known type are never answered with the app shell.
  if (
    pathname.startsWith("/assets/") ||
    CONTENT_TYPES[extname(pathname).toLowerCase()]
  ) {
    return send(
      res,
      404,
      { "Content-Type": "text/plain; charset=utf-8" },
      "Not Found\n",
      req.method
    )
  }

  // SPA fallback: the router decides what the path means (including its own 404 page).
  const index = join(DIST, "index.html")
  const indexInfo = await fileInfo(index)
  if (!indexInfo) {
    return send(
      res,
      503,
      { "Content-Type": "text/plain; charset=utf-8" },
      "dist/index.html is missing: run `npm run build` first\n",
      req.method
    )
  }
  return serveFile(req, res, index, indexInfo, "no-cache")
}

const server = createServer((req, res) => {
  // behind an https proxy (X-Forwarded-Proto) or on TLS directly: tell browsers to keep to https
  if (req.socket.encrypted || req.headers["x-forwarded-proto"] === "https")
    res.setHeader("Strict-Transport-Security", HSTS)
  handle(req, res).catch((error) => {
    console.error(error)
    if (!res.headersSent)
      send(
        res,
        500,
        { "Content-Type": "text/plain; charset=utf-8" },
        "Internal Server Error\n",
        req.method
      )
    else res.destroy()
  })
})

server.on("error", (error) => {
  if (error.code === "EADDRINUSE") {
    console.error(
      `storefront: port ${PORT} on ${HOST} is already in use; set PORT to a free port`
    )
  } else {
    console.error(`storefront: ${error.message}`)
  }
  process.exit(1)
})

server.listen(PORT, HOST, () => {
  console.log(
    `storefront: serving ${DIST} on http://${HOST}:${PORT} (backend ${BACKEND_URL})`
  )
  if (!PUBLISHABLE_KEY)
    console.warn(
      "storefront: KARYA_PUBLISHABLE_KEY is not set; store API calls will be refused"
    )
})

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)))
}

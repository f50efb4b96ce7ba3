// Bad input that Medusa 2.21's own store routes answer with a 500, closed in front of them with a 400 (or 404) in the
// API's error shape. Found by tests/http/reliability/fuzz.spec.ts; each guard names the request that failed.
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The largest page any list route returns. Larger `limit`s are refused (400 naming `limit`), not capped: a client
 * that asks for 1,000 rows and silently gets 100 would think it has them all. Our own routes' validators agree. */
export const MAX_PAGE_SIZE = 100
/** Far beyond any real catalogue; above PostgreSQL's bigint the database itself fails. */
const MAX_OFFSET = 1_000_000_000

const invalid = (res: MedusaResponse, message: string) => res.status(400).json({ type: MedusaError.Types.INVALID_DATA, message })

const NUL = "\u0000"

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes(NUL)
  if (depth > 20 || value === null || typeof value !== "object" || Buffer.isBuffer(value)) return false
  return Object.entries(value).some(([k, v]) => k.includes(NUL) || containsNul(v, depth + 1))
}

const DATE_FILTERS = ["created_at", "updated_at", "deleted_at"]
const ISO_DATE = /^[1-9]\d{3}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** A date PostgreSQL accepts: ISO 8601, and a real day (JavaScript rolls 2026-02-30 over to March; PostgreSQL refuses). */
function isDate(value: string): boolean {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) return false
  const day = value.slice(0, 10)
  return new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day
}

function leaves(value: unknown, depth = 0): unknown[] {
  if (depth > 5 || value === null || typeof value !== "object") return [value]
  return Object.values(value).flatMap((v) => leaves(v, depth + 1))
}

/** On every /store route: `limit` and `offset` are single whole numbers within bounds (Medusa passes `limit=-1` and
 * `offset=-1` to the database: 500), and the date filters (`updated_at=x`, `created_at[$gt]=x`) are dates (Medusa
 * passes any text to PostgreSQL as a timestamp: 500). */
export function guardStoreQuery(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.query as Record<string, unknown>
  for (const [name, max] of [
    ["limit", MAX_PAGE_SIZE],
    ["offset", MAX_OFFSET],
  ] as const) {
    if (!(name in query)) continue
    const value = query[name]
    if (typeof value !== "string" || !/^\d{1,10}$/.test(value) || Number(value) > max) {
      return invalid(res, `${name}: must be a whole number from 0 to ${max}`)
    }
  }
  for (const name of DATE_FILTERS) {
    if (!(name in query)) continue
    const bad = leaves(query[name]).some((v) => typeof v !== "string" || !isDate(v))
    if (bad) return invalid(res, `${name}: must be a date (YYYY-MM-DD or ISO 8601)`)
  }
  next()
}

/** On every route: no path segment, query value or JSON body string carries a NUL character. PostgreSQL refuses NUL
 * in text, so `/store/collections/%00` or `/portal/csr/expos/%00/booth` reached the database as a 500. */
export function refuseNul(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  let path: string
  try {
    // the original URL: under a wildcard matcher Express strips the matched part from `req.path`
    path = decodeURIComponent(req.originalUrl.split("?")[0]!)
  } catch {
    return invalid(res, "path: malformed percent-encoding")
  }
  if (path.includes(NUL)) return invalid(res, "path: must not contain a NUL character")
  for (const values of [req.query, Buffer.isBuffer(req.body) ? undefined : req.body]) {
    if (!values || typeof values !== "object") continue
    for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
      if (name.includes(NUL) || containsNul(value)) return invalid(res, `${name.replace(/\u0000/g, "")}: must not contain a NUL character`)
    }
  }
  next()
}

/** DELETE /store/carts/:id/line-items/:line_id on a cart that does not exist reads `completed_at` of undefined inside
 * Medusa's workflow (500): answer 404 first, as the other cart routes do. */
export async function requireStoreCart(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) {
    res.status(404).json({ type: MedusaError.Types.NOT_FOUND, message: `id: cart ${req.params.id} was not found` })
    return
  }
  next()
}

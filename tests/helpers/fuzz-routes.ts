// The routes the fuzz test sends bad input to, and the bad input itself. Routes are read from the source, not listed by
// hand, so a new route is fuzzed the day it is added: our plugins' src/api/**/route.ts files and Medusa's own store
// routes (node_modules/@medusajs/medusa/dist/api/store/**/route.js). The generators are fast-check arbitraries sampled
// with a fixed seed, so a failure names a request that can be sent again.
import fs from "node:fs"
import path from "node:path"
import fc from "fast-check"

export type FuzzGroup = "store (Medusa)" | "store (ours)" | "portal facility" | "portal csr" | "admin (ours)" | "hooks"
export type FuzzRoute = { group: FuzzGroup; method: string; path: string; keys: string[] }

const repo = path.resolve(__dirname, "..", "..")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

function walk(dir: string, file: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return walk(full, file)
    return entry.name === file ? [full] : []
  })
}

/** Field names declared in the validators next to a route or above it: wrong values under the right names reach
 * deeper into validation than random names alone. */
function fieldNames(routeFile: string, apiRoot: string): string[] {
  const names = new Set<string>()
  for (let dir = path.dirname(routeFile); dir.startsWith(apiRoot); dir = path.dirname(dir)) {
    for (const file of ["validators.ts", "validators.js"]) {
      const full = path.join(dir, file)
      if (!fs.existsSync(full)) continue
      for (const m of fs.readFileSync(full, "utf8").matchAll(/\b([a-z][a-z0-9_]{1,40}):\s*(?:zod_1\.)?z\b/g)) names.add(m[1]!)
    }
    if (dir === apiRoot) break
  }
  return [...names].sort()
}

function groupOf(routePath: string, medusa: boolean): FuzzGroup {
  if (medusa) return "store (Medusa)"
  if (routePath.startsWith("/store/")) return "store (ours)"
  if (routePath.startsWith("/portal/facility")) return "portal facility"
  if (routePath.startsWith("/portal/csr")) return "portal csr"
  if (routePath.startsWith("/admin/")) return "admin (ours)"
  return "hooks"
}

/** Every route with its methods: ours first, so a path both define (none today) is fuzzed once, as ours. */
export function enumerateRoutes(): FuzzRoute[] {
  const sources: { root: string; file: string; medusa: boolean }[] = [
    ...fs
      .readdirSync(path.join(repo, "plugins"))
      .map((p) => ({ root: path.join(repo, "plugins", p, "src", "api"), file: "route.ts", medusa: false })),
    { root: path.join(repo, "node_modules", "@medusajs", "medusa", "dist", "api"), file: "route.js", medusa: true },
  ]
  const seen = new Set<string>()
  const routes: FuzzRoute[] = []
  for (const { root, file, medusa } of sources) {
    const dir = medusa ? path.join(root, "store") : root
    for (const routeFile of walk(dir, file).sort()) {
      const text = fs.readFileSync(routeFile, "utf8")
      const routePath = "/" + path.relative(root, path.dirname(routeFile)).split(path.sep).join("/")
      const keys = fieldNames(routeFile, root)
      for (const method of METHODS) {
        const exported = medusa
          ? new RegExp(`exports\\.${method}\\s*=`).test(text)
          : new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(text)
        const id = `${method} ${routePath}`
        if (!exported || seen.has(id)) continue
        seen.add(id)
        routes.push({ group: groupOf(routePath, medusa), method, path: routePath, keys })
      }
    }
  }
  return routes
}

// ---------------------------------------------------------------------------------------------------------------
// Generators

/** Names every route may read: paging, fields, filters, and keys that pollute prototypes when merged carelessly. */
const COMMON_KEYS = [
  "limit", "offset", "fields", "order", "q", "id", "handle", "email", "password", "quantity", "amount", "variant_id",
  "region_id", "currency_code", "status", "month", "format", "created_at", "updated_at", "with_deleted", "expand",
  "$and", "$or", "category_id", "collection_id", "sales_channel_id", "title", "name", "metadata", "items",
]
const POISON_KEYS = ["__proto__", "constructor", "prototype"]

const hugeString = fc.integer({ min: 2_000, max: 20_000 }).map((n) => "ẞ🧵".repeat(n / 3) + "x")
const oddStrings = fc.constantFrom(
  "", " ", "-1", "0", "1e309", "NaN", "Infinity", "-Infinity", "null", "undefined", "true", "[]", "{}", "0x10",
  "9".repeat(400), "2026-13-45", "2026-02-30T25:61:00Z", "' OR 1=1 --", "\"; DROP TABLE cart; --", "${7*7}",
  "{{7*7}}", "../../../etc/passwd", "\u0000", "\u202e\u0000\ud800", "%00", "%", "*", "**", "*.*", "-", "+created_at",
  "__proto__", "constructor", "🧵".repeat(50), "Ibu Rini", "<script>alert(1)</script>", "a".repeat(300),
)
const oddNumbers = fc.constantFrom(
  -1, 0, -0.5, 0.5, 1.5, -1e9, 1e9, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1e21, 1e308, -1e308,
)

/** A JSON value of the wrong type, size or shape for nearly any field. */
const junk: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
    { weight: 3, arbitrary: oddStrings },
    { weight: 3, arbitrary: oddNumbers },
    { weight: 2, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: hugeString },
    { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), tie("value"), { maxKeys: 4 }) },
  ),
})).value

function deepNest(depth: number, leaf: string): string {
  return "[".repeat(depth) + leaf + "]".repeat(depth)
}

/** A request body as the raw text sent with content-type application/json. Raw, so that `__proto__` keys and broken
 * JSON reach the server as written. */
export const badBody = (keys: string[]): fc.Arbitrary<string> => {
  const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys, ...COMMON_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) })
  const object = fc.dictionary(key, junk, { minKeys: 1, maxKeys: 6 }).map((o) => JSON.stringify(o))
  return fc.oneof(
    { weight: 10, arbitrary: object },
    // the same keys with every value of one wrong type: numbers for strings, arrays for scalars, objects for ids
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.subarray([...keys, ...COMMON_KEYS.slice(0, 8)], { minLength: 1 }), junk)
        .map(([names, value]) => JSON.stringify(Object.fromEntries(names.map((n) => [n, value])))),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...POISON_KEYS), fc.constantFrom(...keys, ...COMMON_KEYS))
        .map(([poison, name]) => `{"${poison}":{"fuzz_polluted":true,"${name}":1},"${name}":{"__proto__":{"fuzz_polluted":true}}}`),
    },
    { weight: 1, arbitrary: fc.integer({ min: 50, max: 5_000 }).map((d) => deepNest(d, "1")) },
    { weight: 1, arbitrary: fc.integer({ min: 50, max: 2_000 }).map((d) => '{"a":'.repeat(d) + "1" + "}".repeat(d)) },
    { weight: 1, arbitrary: fc.constantFrom("null", "[]", "1", '"x"', "true", "{", '{"a":', "{'a':1}", "", "\u0000", "[1,2,") },
    { weight: 1, arbitrary: junk.map((v) => JSON.stringify([v])) },
  )
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) is sent as the bytes of one: invalid UTF-8. */
const enc = (s: string) => encodeURIComponent(s.replace(/\p{Cs}/gu, "\u0000")).replace(/%00/g, "%ED%A0%80")

/** A raw query string: wrong values under known names, arrays and objects where scalars belong, operator and
 * prototype keys, repeated keys, huge and negative page sizes. */
export const badQuery = (keys: string[]): fc.Arbitrary<string> => {
  const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys, ...COMMON_KEYS) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 10 }) })
  const scalar = fc.oneof(
    oddStrings,
    oddNumbers.map(String),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.integer().map(String),
    // long, but short enough that the URL stays under Node's 16 KB header limit (above it Node itself answers 431)
    hugeString.map((s) => s.slice(0, 90)),
  )
  const pair = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(name, scalar).map(([k, v]) => `${enc(k)}=${enc(v)}`) },
    { weight: 2, arbitrary: fc.tuple(name, fc.array(scalar, { minLength: 1, maxLength: 3 })).map(([k, vs]) => vs.map((v) => `${enc(k)}[]=${enc(v)}`).join("&")) },
    { weight: 2, arbitrary: fc.tuple(name, fc.constantFrom("$gt", "$in", "$ilike", "$like", "$ne", "a", "0", "$and", "$raw"), scalar).map(([k, op, v]) => `${enc(k)}[${op}]=${enc(v)}`) },
    { weight: 1, arbitrary: fc.tuple(name, scalar).map(([k, v]) => `${enc(k)}=${enc(v)}&${enc(k)}=${enc(v)}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...POISON_KEYS), name).map(([p, k]) => `${p}[fuzz_polluted]=1&${enc(k)}[${p}][fuzz_polluted]=1`) },
    { weight: 2, arbitrary: fc.constantFrom(-1, 0, 101, 1000, 100_000, 1e12, 1e21, 2 ** 53 + 2).map((n) => `limit=${n}`) },
    { weight: 1, arbitrary: fc.constantFrom(-1, 1e21, 2 ** 53 + 2).map((n) => `offset=${n}`) },
    { weight: 1, arbitrary: fc.integer({ min: 10, max: 300 }).map((d) => `${enc(keys[0] ?? "q")}${"[a]".repeat(d)}=1`) },
    { weight: 2, arbitrary: fc.constantFrom("*", "+", "-", "*nothing", "+no_such_field", "no.such.relation", "id,,,", "*variants.*", "*.*", "%00").map((f) => `fields=${enc(f)}`) },
    { weight: 2, arbitrary: fc.constantFrom("no_such_field", "-", "--id", "id;drop", "variants.calculated_price", "*").map((o) => `order=${enc(o)}`) },
  )
  return fc.array(pair, { minLength: 1, maxLength: 4 }).map((pairs) => pairs.join("&"))
}

/** Values for a path parameter other than the real one: unknown ids and malformed ones. */
export const badParam = fc.oneof(
  fc.constantFrom("does_not_exist", "0", "-1", "null", "%00", "__proto__", "a".repeat(2000), "%F0%9F%A7%B5", "%E0%A4%A"),
  // not "." or "..": the client resolves those before sending
  fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s !== "." && s !== "..").map(enc),
)

export function sample<T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number): T[] {
  return count > 0 ? fc.sample(arbitrary, { numRuns: count, seed }) : []
}

/** Runs `tasks` with at most `concurrency` in flight. */
export async function pool<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await run(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
}

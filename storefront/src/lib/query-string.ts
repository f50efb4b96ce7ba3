// The query-string encoder the Medusa JS SDK uses, `qs.stringify(params, { skipNulls: true })`, in the few lines that
// call needs (vite.config.ts points the SDK's `qs` import here). qs itself brings ~50 KB of helpers (object-inspect,
// side-channel, get-intrinsic) that the buyer's first page should not download. Same output as qs with its defaults:
// nested keys in brackets (`fields[0]=a`, `a[b]=c`), keys and values percent-encoded per RFC 3986 (space as %20),
// dates as ISO strings, undefined left out, null left out with skipNulls (else `key=`). The unit test compares it
// with qs on many inputs.

type Options = { skipNulls?: boolean }

const encode = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

function isPrimitive(value: unknown): value is string | number | boolean | bigint | symbol {
  const type = typeof value
  return type === "string" || type === "number" || type === "boolean" || type === "bigint" || type === "symbol"
}

function pairs(value: unknown, prefix: string, options: Options, out: string[]): void {
  if (value === undefined) return
  if (value instanceof Date) value = value.toISOString()
  if (value === null) value = ""
  if (isPrimitive(value)) {
    out.push(`${encode(prefix)}=${encode(String(value))}`)
    return
  }
  const object = value as Record<string, unknown>
  const keys = Array.isArray(object) ? object.map((_, i) => String(i)) : Object.keys(object)
  for (const key of keys) {
    const child = object[key]
    if (options.skipNulls && child === null) continue
    pairs(child, `${prefix}[${key}]`, options, out)
  }
}

export function stringify(params: unknown, options: Options = {}): string {
  if (typeof params !== "object" || params === null) return ""
  const out: string[] = []
  for (const key of Object.keys(params)) {
    const value = (params as Record<string, unknown>)[key]
    if (options.skipNulls && value === null) continue
    pairs(value, key, options, out)
  }
  return out.join("&")
}

// The SDK's query strings, built here instead of by qs (vite.config.ts): the same string as qs gives for the call the
// SDK makes, `stringify(params, { skipNulls: true })`, on the shapes the store sends and on awkward ones.
import * as qs from "qs"
import { describe, expect, it } from "vitest"
import { stringify } from "./query-string"

const cases: Record<string, unknown>[] = [
  {},
  { limit: 12, offset: 0 },
  { fields: "*variants.calculated_price,+variants.inventory_quantity", region_id: "reg_01J" },
  { handle: "batik-tulis-angso-duo-sogan", region_id: "reg_01J" },
  { id: ["prod_1", "prod_2", "prod_3"] },
  { q: "batk tulis jambi", craft: ["batik", "tenun"], price_max: 150000 },
  { q: "kain & selendang = 100% katun (asli)!*'~._-" },
  { q: "Sulaman Ñandutí — “indah” 日本 😀" },
  { order: "-created_at", is_giftcard: false, active: true },
  { nested: { a: 1, b: { c: "d", e: [1, 2] } } },
  { list: [{ a: 1 }, { b: [null, "x", undefined] }] },
  { gone: undefined, empty: "", zero: 0, none: null, nested: { none: null, some: "x" } },
  { empty_list: [], empty_object: {} },
  { when: new Date("2025-11-23T01:02:03.004Z"), big: 12345678901234567890n },
  { "key with space": "v", "a[b]": "c", "ключ": "значение" },
]

describe("stringify (the SDK's qs call)", () => {
  it.each(cases.map((c) => [JSON.stringify(c, (_, v) => (typeof v === "bigint" ? `${v}n` : v)), c]))(
    "matches qs for %s",
    (_, params) => {
      expect(stringify(params, { skipNulls: true })).toBe(qs.stringify(params, { skipNulls: true }))
    }
  )

  it("matches qs without skipNulls: null is an empty value", () => {
    const params = { a: null, b: [null, 1], c: { d: null } }
    expect(stringify(params)).toBe(qs.stringify(params))
    expect(stringify(params)).toBe("a=&b%5B0%5D=&b%5B1%5D=1&c%5Bd%5D=")
  })

  it("gives an empty string for no parameters", () => {
    expect(stringify({}, { skipNulls: true })).toBe("")
    expect(stringify(null)).toBe("")
  })
})

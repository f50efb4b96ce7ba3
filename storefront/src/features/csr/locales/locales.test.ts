import { describe, expect, it } from "vitest"
import en from "./en.json"
import id from "./id.json"

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]
  )
}

describe("CSR portal strings", () => {
  it("have the same keys in Bahasa Indonesia and English, none empty", () => {
    expect(keys(en).sort()).toEqual(keys(id).sort())
    for (const [, value] of [...Object.entries(id), ...Object.entries(en)]) expect(JSON.stringify(value)).not.toContain('""')
  })

  it("use the same placeholders in both languages", () => {
    const get = (tree: object, path: string) => path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], tree)
    const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
    for (const key of keys(id)) expect(placeholders(get(en, key)), key).toEqual(placeholders(get(id, key)))
  })
})

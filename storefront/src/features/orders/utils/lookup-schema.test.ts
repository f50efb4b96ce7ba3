import { describe, expect, it } from "vitest"
import { validateLookup } from "./lookup-schema"

describe("validateLookup", () => {
  it("accepts an email and the order number with or without #", () => {
    expect(validateLookup({ email: " siti@contoh.id ", display_id: "#1024" })).toEqual({
      ok: true,
      value: { email: "siti@contoh.id", display_id: 1024 },
    })
    expect(validateLookup({ email: "siti@contoh.id", display_id: "12" })).toMatchObject({ ok: true, value: { display_id: 12 } })
  })

  it("names the field that is wrong", () => {
    expect(validateLookup({ email: "", display_id: "" })).toEqual({
      ok: false,
      errors: { email: "orders.lookup.errors.required", display_id: "orders.lookup.errors.required" },
    })
    expect(validateLookup({ email: "siti", display_id: "KL-12" })).toEqual({
      ok: false,
      errors: { email: "orders.lookup.errors.email", display_id: "orders.lookup.errors.orderNumber" },
    })
    expect(validateLookup({ email: "siti@contoh.id", display_id: "0" })).toMatchObject({
      ok: false,
      errors: { display_id: "orders.lookup.errors.orderNumber" },
    })
  })
})

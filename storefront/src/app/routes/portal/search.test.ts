import { describe, expect, it } from "vitest"
import {
  validateProductsSearch,
  validateRevenueEntriesSearch,
  validateRevenueMonthSearch,
  validateSignInSearch,
} from "./search"

describe("portal search params", () => {
  it("redirects only back into the portal", () => {
    expect(validateSignInSearch({ redirect: "/portal/produk?q=batik" }).redirect).toBe("/portal/produk?q=batik")
    expect(validateSignInSearch({ redirect: "https://evil.example/portal" }).redirect).toBeUndefined()
    expect(validateSignInSearch({ redirect: "//evil.example" }).redirect).toBeUndefined()
    expect(validateSignInSearch({ redirect: "/portalx" }).redirect).toBeUndefined()
  })

  it("drops unknown statuses and page 1", () => {
    expect(validateProductsSearch({ q: " batik ", status: "deleted", page: "1" })).toEqual({
      q: "batik",
      status: undefined,
      page: undefined,
    })
    expect(validateProductsSearch({ status: "draft", page: 3 })).toEqual({
      q: undefined,
      status: "draft",
      page: 3,
    })
  })

  it("keeps a ledger month only when it is YYYY-MM", () => {
    expect(validateRevenueMonthSearch({ month: "2025-05" })).toEqual({ month: "2025-05" })
    expect(validateRevenueMonthSearch({ month: "2025-5" })).toEqual({ month: undefined })
    expect(validateRevenueMonthSearch({ month: 202505 })).toEqual({ month: undefined })
    expect(validateRevenueEntriesSearch({ page: "2" })).toEqual({ page: 2 })
  })
})

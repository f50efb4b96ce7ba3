import { describe, expect, it } from "vitest"
import {
  safeRedirect,
  validateAccountAddressesSearch,
  validateAccountEntrySearch,
  validateAccountOrdersSearch,
} from "./search-params"

describe("safeRedirect", () => {
  it("goes back to a page of the store, with its query", () => {
    expect(safeRedirect("/products/batik-kawung?variant=1")).toBe("/products/batik-kawung?variant=1")
    expect(safeRedirect("/akun/pesanan")).toBe("/akun/pesanan")
    expect(safeRedirect("/checkout")).toBe("/checkout")
  })

  it("never leaves the store", () => {
    expect(safeRedirect("https://evil.example/")).toBeUndefined()
    expect(safeRedirect("//evil.example/")).toBeUndefined()
    expect(safeRedirect("/\\evil.example")).toBeUndefined()
    expect(safeRedirect("javascript:alert(1)")).toBeUndefined()
    expect(safeRedirect(42)).toBeUndefined()
  })

  it("never loops back to the sign-in or registration page, nor into the Portal", () => {
    expect(safeRedirect("/akun/masuk")).toBeUndefined()
    expect(safeRedirect("/akun/daftar?redirect=/x")).toBeUndefined()
    expect(safeRedirect("/portal/produk")).toBeUndefined()
    // a page whose name only starts like them is fine
    expect(safeRedirect("/akun/masukan")).toBe("/akun/masukan")
  })
})

describe("validate*Search", () => {
  it("keeps a safe redirect and the expired flag", () => {
    expect(validateAccountEntrySearch({ redirect: "/cari?q=batik", expired: "true" })).toEqual({
      redirect: "/cari?q=batik",
      expired: true,
    })
    expect(validateAccountEntrySearch({ redirect: "https://x.example" })).toEqual({
      redirect: undefined,
      expired: undefined,
    })
  })

  it("keeps whole pages above 1 only", () => {
    expect(validateAccountOrdersSearch({ page: "3" })).toEqual({ page: 3 })
    expect(validateAccountOrdersSearch({ page: 1 })).toEqual({ page: undefined })
    expect(validateAccountOrdersSearch({ page: "2.5" })).toEqual({ page: undefined })
    expect(validateAccountOrdersSearch({ page: "abc" })).toEqual({ page: undefined })
  })

  it("knows one notice", () => {
    expect(validateAccountAddressesSearch({ notice: "saved" })).toEqual({ notice: "saved" })
    expect(validateAccountAddressesSearch({ notice: "<b>" })).toEqual({ notice: undefined })
  })
})

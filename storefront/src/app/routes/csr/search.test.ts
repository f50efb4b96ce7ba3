import { describe, expect, it } from "vitest"
import { validateCsrSignInSearch, validateProgramReportSearch } from "./search"

describe("validateCsrSignInSearch", () => {
  it("sends the officer back only into the CSR portal", () => {
    expect(validateCsrSignInSearch({ redirect: "/portal/csr/expo/expo_1/booth" }).redirect).toBe("/portal/csr/expo/expo_1/booth")
    expect(validateCsrSignInSearch({ redirect: "/portal/csr?x=1" }).redirect).toBe("/portal/csr?x=1")
    for (const elsewhere of ["https://example.com/portal/csr", "//evil.example/portal/csr", "/portal/produk", "/portal/csrx", "/"]) {
      expect(validateCsrSignInSearch({ redirect: elsewhere }).redirect, elsewhere).toBeUndefined()
    }
  })

  it("reads the expired flag", () => {
    expect(validateCsrSignInSearch({ expired: "true" }).expired).toBe(true)
    expect(validateCsrSignInSearch({ expired: "nope" }).expired).toBeUndefined()
  })
})

describe("validateProgramReportSearch", () => {
  it("keeps real days in order and drops the rest", () => {
    expect(validateProgramReportSearch({ from: "2026-01-01", to: "2026-12-31" })).toEqual({ from: "2026-01-01", to: "2026-12-31" })
    expect(validateProgramReportSearch({ from: "2026-02-30", to: "2026-12-31" })).toEqual({ from: undefined, to: "2026-12-31" })
    expect(validateProgramReportSearch({ from: "2026-12-31", to: "2026-01-01" })).toEqual({})
    expect(validateProgramReportSearch({ from: 20260101 })).toEqual({ from: undefined, to: undefined })
  })
})

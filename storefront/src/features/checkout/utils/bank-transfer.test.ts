import { describe, expect, it } from "vitest"
import { hoursToPay, parseBankTransferData } from "./bank-transfer"

const data = {
  reference: "KL-7QH3MZ2P",
  bank_name: "Bank Rakyat Indonesia",
  account_number: "0123-01-000123-30-5",
  account_holder: "Karya Lapas",
  amount: 150000,
  currency_code: "idr",
  expires_at: "2026-11-24T01:00:00.000Z",
}

describe("parseBankTransferData", () => {
  it("reads the session data of the contract", () => {
    expect(parseBankTransferData(data)).toEqual(data)
    expect(parseBankTransferData({ ...data, amount: "150000" })?.amount).toBe(150000)
  })

  it("is null for the system provider's empty data or anything incomplete", () => {
    expect(parseBankTransferData({})).toBeNull()
    expect(parseBankTransferData(null)).toBeNull()
    expect(parseBankTransferData({ ...data, reference: "" })).toBeNull()
    expect(parseBankTransferData({ ...data, expires_at: "tomorrow" })).toBeNull()
  })
})

describe("hoursToPay", () => {
  it("rounds to whole hours, at least one", () => {
    const now = Date.parse("2026-11-23T01:00:00.000Z")
    expect(hoursToPay("2026-11-24T01:00:00.000Z", now)).toBe(24)
    expect(hoursToPay("2026-11-23T01:10:00.000Z", now)).toBe(1)
    expect(hoursToPay("not a date", now)).toBeNull()
  })
})

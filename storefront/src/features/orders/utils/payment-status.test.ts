import { describe, expect, it } from "vitest"
import { orderStatusKey, paymentStatusKey } from "./payment-status"

describe("status keys", () => {
  it("has a sentence for every payment status of the contract", () => {
    for (const s of ["awaiting", "paid", "expired", "flagged", "refunded"]) {
      expect(paymentStatusKey(s)).toBe(`orders.payment.${s}`)
    }
    expect(paymentStatusKey("authorized")).toBe("orders.payment.unknown")
    expect(paymentStatusKey(undefined)).toBe("orders.payment.unknown")
  })

  it("has a sentence for Medusa's order statuses", () => {
    expect(orderStatusKey("canceled")).toBe("orders.status.canceled")
    expect(orderStatusKey("weird")).toBe("orders.status.pending")
  })
})

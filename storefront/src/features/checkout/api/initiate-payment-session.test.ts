import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { currentSession } from "./initiate-payment-session"

const cart = (total: number, sessions: Partial<HttpTypes.StorePaymentSession>[], collectionAmount = total) =>
  ({
    total,
    payment_collection: { id: "pay_col_1", amount: collectionAmount, payment_sessions: sessions },
  }) as unknown as HttpTypes.StoreCart

describe("currentSession", () => {
  it("finds the pending session of the chosen provider", () => {
    const session = { id: "ps_1", provider_id: "pp_bank-transfer_bank-transfer", status: "pending", amount: 84400 } as const
    expect(currentSession(cart(84400, [session]), "pp_bank-transfer_bank-transfer")?.id).toBe("ps_1")
    expect(currentSession(cart(84400, [session]), "pp_stripe_stripe")).toBeUndefined()
  })

  it("ignores a session made for another total (the delivery changed since)", () => {
    const session = { id: "ps_1", provider_id: "pp_system_default", status: "pending", amount: 59400 } as const
    expect(currentSession(cart(84400, [session]), "pp_system_default")).toBeUndefined()
    expect(currentSession(cart(84400, [{ ...session, amount: 84400 }], 59400), "pp_system_default")).toBeUndefined()
  })

  it("is undefined without a payment collection", () => {
    expect(currentSession({ total: 1 } as HttpTypes.StoreCart, "pp_system_default")).toBeUndefined()
  })
})

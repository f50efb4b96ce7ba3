import { describe, expect, it } from "vitest"
import { BANK_TRANSFER_PROVIDER, paymentMethods, STRIPE_PROVIDER, SYSTEM_PROVIDER } from "./payment-methods"

describe("paymentMethods", () => {
  it("offers bank transfer with instructions when the bank-transfer provider is there", () => {
    expect(paymentMethods([BANK_TRANSFER_PROVIDER, SYSTEM_PROVIDER], undefined)).toEqual([
      { kind: "bank_transfer", providerId: BANK_TRANSFER_PROVIDER, withInstructions: true },
    ])
  })

  it("treats Medusa's system provider as a bank transfer without instructions", () => {
    expect(paymentMethods([SYSTEM_PROVIDER], undefined)).toEqual([
      { kind: "bank_transfer", providerId: SYSTEM_PROVIDER, withInstructions: false },
    ])
  })

  it("offers a card only when the region has Stripe and the storefront has its publishable key", () => {
    expect(paymentMethods([BANK_TRANSFER_PROVIDER, STRIPE_PROVIDER], "pk_test_123").map((m) => m.kind)).toEqual([
      "bank_transfer",
      "card",
    ])
    expect(paymentMethods([BANK_TRANSFER_PROVIDER, STRIPE_PROVIDER], undefined).map((m) => m.kind)).toEqual([
      "bank_transfer",
    ])
    expect(paymentMethods([BANK_TRANSFER_PROVIDER], "pk_test_123").map((m) => m.kind)).toEqual(["bank_transfer"])
  })

  it("ignores providers it does not know", () => {
    expect(paymentMethods(["pp_paypal_paypal"], "pk_test_123")).toEqual([])
  })
})

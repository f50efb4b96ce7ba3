import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { AMOUNT_MISMATCH_KEY, amountMismatchOf, sameStripeAmount } from "./amounts"
import KaryaStripeProviderService from "./service"

type Stub = { paymentIntents: { retrieve: (id: string) => Promise<unknown> }; paymentMethods: { retrieve: (id: string) => Promise<unknown> } }
const options = { apiKey: "sk_test_unit", webhookSecret: "whsec_unit", capture: true }
const make = (extra: Record<string, unknown> = {}) => new KaryaStripeProviderService({ logger: { warn: () => undefined } }, { ...options, ...extra })
const stub = (service: KaryaStripeProviderService, intent: Record<string, unknown>) => {
  const calls: string[] = []
  const fake: Stub = {
    paymentIntents: { retrieve: async () => intent },
    paymentMethods: {
      retrieve: async (id) => {
        calls.push(id)
        return { id, type: "card" }
      },
    },
  }
  Object.assign((service as unknown as { stripe_: object }).stripe_, fake)
  return calls
}

describe("Karya's Stripe provider", () => {
  it("talks to Stripe unless STRIPE_API_HOST/PORT/PROTOCOL name another server", () => {
    expect(KaryaStripeProviderService.identifier).toBe("stripe")
    expect(make().apiTarget).toBe("https://api.stripe.com:443")
    expect(make({ apiHost: "127.0.0.1", apiPort: "12111", apiProtocol: "http" }).apiTarget).toBe("http://127.0.0.1:12111")
  })

  it("captures what Stripe took when it is what Medusa asked for; otherwise authorizes only and marks the mismatch", async () => {
    const asked = { id: "pi_1", amount: 40_000_000, currency: "idr" } // Rp 400.000
    const service = make()
    stub(service, { id: "pi_1", status: "succeeded", currency: "idr", amount: 40_000_000, amount_received: 40_000_000 })
    const ok = await service.authorizePayment({ data: asked, context: {} } as never)
    expect(ok.status).toBe(PaymentSessionStatus.CAPTURED)
    expect(amountMismatchOf(ok.data)).toBeNull()

    stub(service, { id: "pi_1", status: "succeeded", currency: "idr", amount: 10_000_000, amount_received: 10_000_000 })
    const short = await service.authorizePayment({ data: asked, context: {} } as never)
    expect(short.status).toBe(PaymentSessionStatus.AUTHORIZED)
    expect(short.data?.[AMOUNT_MISMATCH_KEY]).toEqual({
      payment_intent: "pi_1",
      status: "succeeded",
      currency: "idr",
      expected: 40_000_000,
      received: 10_000_000,
      expected_amount: 400_000,
      received_amount: 100_000,
    })

    // a manual-capture intent: what it may capture is compared
    stub(service, { id: "pi_1", status: "requires_capture", currency: "idr", amount: 40_000_000, amount_capturable: 40_000_000 })
    expect((await service.authorizePayment({ data: asked, context: {} } as never)).status).toBe(PaymentSessionStatus.AUTHORIZED)
    // not paid: untouched
    stub(service, { id: "pi_1", status: "requires_action", currency: "idr", amount: 40_000_000 })
    expect((await service.authorizePayment({ data: asked, context: {} } as never)).status).toBe(PaymentSessionStatus.REQUIRES_MORE)
  })

  it("answers created/processing webhook events without asking Stripe; checks the signature first", async () => {
    const service = make()
    const calls = stub(service, {})
    const sdk = (service as unknown as { stripe_: { webhooks: { generateTestHeaderString(o: { payload: string; secret: string }): string } } }).stripe_
    const payload = JSON.stringify({
      id: "evt_1",
      object: "event",
      type: "payment_intent.created",
      data: { object: { id: "pi_1", object: "payment_intent", amount: 40_000_000, currency: "idr", payment_method: "pm_1", metadata: { session_id: "payses_1" } } },
    })
    const signature = sdk.webhooks.generateTestHeaderString({ payload, secret: "whsec_unit" })
    const result = await service.getWebhookActionAndData({ data: JSON.parse(payload), rawData: Buffer.from(payload), headers: { "stripe-signature": signature } })
    expect(result).toEqual({ action: PaymentActions.PENDING, data: { session_id: "payses_1", amount: 400_000 } })
    expect(calls).toEqual([])
    await expect(
      service.getWebhookActionAndData({ data: JSON.parse(payload), rawData: Buffer.from(payload), headers: { "stripe-signature": "t=1,v1=00" } })
    ).rejects.toThrow(/constructWebhookEvent/)
  })

  it("compares amounts as Stripe sees them (Medusa's conversion, IDR two-decimal)", () => {
    expect(sameStripeAmount(400_000, "400000", "idr")).toBe(true)
    expect(sameStripeAmount(400_000, 400_000.001, "idr")).toBe(true)
    expect(sameStripeAmount(400_000, 400_000.01, "idr")).toBe(false)
    expect(sameStripeAmount(400_000, 100_000, "idr")).toBe(false)
  })
})

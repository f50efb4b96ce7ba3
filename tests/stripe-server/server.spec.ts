// The Stripe test server, called through the Stripe SDK the provider uses (stripe 15.12.0 of @medusajs/payment-stripe):
// payment intents in IDR's two-decimal amounts, the three card behaviours, capture / cancel / refunds, Stripe-shaped
// errors, Idempotency-Key, and webhooks the SDK itself accepts.
import { parseForm } from "./form"
import { startStripeServer, type StripeServer } from "./server"
import { Stripe, stripeSdkVersion, testClient } from "./stripe-sdk"

type StripeClient = ReturnType<typeof testClient>

const caught = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (error) {
    return error as { type: string; code?: string; decline_code?: string; statusCode?: number; message: string; raw: Record<string, unknown>; payment_intent?: { status: string } }
  }
  throw new Error("expected the call to fail")
}

describe("Stripe test server", () => {
  let server: StripeServer
  let stripe: StripeClient

  beforeAll(async () => {
    server = await startStripeServer({ port: 0, webhookSecret: "whsec_unit" })
    stripe = testClient(server.url)
  })
  afterAll(async () => server.stop())

  it("decodes the SDK's form bodies: nested keys, indexed and appended arrays", () => {
    expect(parseForm("amount=15000000&metadata[session_id]=payses_1&expand[0]=payment_method&expand[1]=latest_charge&payment_method_types[]=card&description=Batik+tulis%20Jambi")).toEqual({
      amount: "15000000",
      metadata: { session_id: "payses_1" },
      expand: ["payment_method", "latest_charge"],
      payment_method_types: ["card"],
      description: "Batik tulis Jambi",
    })
    expect(stripeSdkVersion).toBe("15.12.0")
  })

  it("card success: an automatic intent succeeds once, with its events; a manual one waits for capture", async () => {
    // Rp 150.000 is 15000000 at Stripe (IDR is two-decimal there)
    const pi = await stripe.paymentIntents.create({ amount: 15_000_000, currency: "idr", capture_method: "automatic", metadata: { session_id: "payses_1" }, expand: ["payment_method"] })
    expect(pi).toMatchObject({ object: "payment_intent", amount: 15_000_000, currency: "idr", status: "requires_payment_method", payment_method: null, metadata: { session_id: "payses_1" } })
    expect(pi.client_secret).toMatch(new RegExp(`^${pi.id}_secret_`))
    const confirmed = await stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa", expand: ["payment_method"] })
    expect(confirmed).toMatchObject({ status: "succeeded", amount_received: 15_000_000, amount_capturable: 0, last_payment_error: null })
    expect(confirmed.payment_method).toMatchObject({ object: "payment_method", type: "card", card: { brand: "visa", last4: "4242" } })
    expect(server.eventsFor(pi.id).map((e) => e.type)).toEqual(["payment_intent.created", "payment_intent.succeeded"])
    // a succeeded intent is not captured again, and says so the way the provider expects (error.payment_intent)
    const again = await caught(stripe.paymentIntents.capture(pi.id))
    expect(again).toMatchObject({ type: "StripeInvalidRequestError", code: "payment_intent_unexpected_state", statusCode: 400 })
    expect(again.payment_intent?.status).toBe("succeeded")
    expect((await stripe.paymentIntents.retrieve(pi.id)).amount_received).toBe(15_000_000)

    const manual = await stripe.paymentIntents.create({ amount: 7_500_000, currency: "idr", capture_method: "manual", payment_method: "pm_card_visa", confirm: true })
    expect(manual).toMatchObject({ status: "requires_capture", amount_capturable: 7_500_000, amount_received: 0 })
    expect(server.eventsFor(manual.id).map((e) => e.type)).toEqual(["payment_intent.created", "payment_intent.amount_capturable_updated"])
    const captured = await stripe.paymentIntents.capture(manual.id)
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 7_500_000, amount_capturable: 0 })
  })

  it("card declined: a 402 StripeCardError carrying the intent, back to requires_payment_method", async () => {
    const pi = await stripe.paymentIntents.create({ amount: 15_000_000, currency: "idr" })
    const error = await caught(stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_chargeDeclined" }))
    expect(error).toMatchObject({ type: "StripeCardError", code: "card_declined", decline_code: "generic_decline", statusCode: 402, message: "Your card was declined." })
    expect(error.raw.payment_intent).toMatchObject({ id: pi.id, status: "requires_payment_method", last_payment_error: { code: "card_declined" } })
    const after = await stripe.paymentIntents.retrieve(pi.id)
    expect(after).toMatchObject({ status: "requires_payment_method", amount_received: 0, last_payment_error: { type: "card_error", decline_code: "generic_decline" } })
    expect(server.eventsFor(pi.id, "payment_intent.payment_failed")).toHaveLength(1)
    // created and confirmed at once: the same 402, the intent created
    const atOnce = await caught(stripe.paymentIntents.create({ amount: 1_000_000, currency: "idr", payment_method: "pm_card_chargeDeclinedInsufficientFunds", confirm: true }))
    expect(atOnce).toMatchObject({ type: "StripeCardError", decline_code: "insufficient_funds" })
  })

  it("requires action: next_action until the buyer authenticates, then succeeded", async () => {
    const pi = await stripe.paymentIntents.create({ amount: 15_000_000, currency: "idr", capture_method: "automatic" })
    const pending = await stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_threeDSecure2Required" })
    expect(pending.status).toBe("requires_action")
    expect(pending.next_action).toMatchObject({ type: "use_stripe_sdk" })
    const redirect = await stripe.paymentIntents.create({ amount: 100, currency: "idr", payment_method: "pm_card_threeDSecure2Required", confirm: true, return_url: "https://toko.example/checkout" })
    expect(redirect.next_action).toMatchObject({ type: "redirect_to_url", redirect_to_url: { return_url: "https://toko.example/checkout" } })
    expect((await stripe.paymentIntents.retrieve(pi.id)).amount_received).toBe(0)
    server.authenticate(pi.id)
    expect(await stripe.paymentIntents.retrieve(pi.id)).toMatchObject({ status: "succeeded", amount_received: 15_000_000, next_action: null })
    expect(server.eventsFor(pi.id).map((e) => e.type)).toEqual(["payment_intent.created", "payment_intent.requires_action", "payment_intent.succeeded"])
    server.authenticate(redirect.id, "fail")
    expect(await stripe.paymentIntents.retrieve(redirect.id)).toMatchObject({ status: "requires_payment_method", last_payment_error: { code: "payment_intent_authentication_failure" } })
  })

  it("update, cancel: the amount changes only before payment; a canceled intent stays canceled", async () => {
    const pi = await stripe.paymentIntents.create({ amount: 100_000, currency: "idr", metadata: { a: "1", b: "2" } })
    const updated = await stripe.paymentIntents.update(pi.id, { amount: 200_000, metadata: { b: "", c: "3" } })
    expect(updated).toMatchObject({ amount: 200_000, metadata: { a: "1", c: "3" } })
    const canceled = await stripe.paymentIntents.cancel(pi.id, { cancellation_reason: "abandoned" })
    expect(canceled).toMatchObject({ status: "canceled", cancellation_reason: "abandoned" })
    const twice = await caught(stripe.paymentIntents.cancel(pi.id))
    expect(twice.payment_intent?.status).toBe("canceled")
    const paid = await stripe.paymentIntents.create({ amount: 100_000, currency: "idr", payment_method: "pm_card_visa", confirm: true })
    expect(await caught(stripe.paymentIntents.update(paid.id, { amount: 1 }))).toMatchObject({ code: "payment_intent_unexpected_state" })
    expect(await caught(stripe.paymentIntents.retrieve("pi_nope"))).toMatchObject({ type: "StripeInvalidRequestError", code: "resource_missing", statusCode: 404 })
    expect(await caught(stripe.paymentIntents.create({ currency: "idr" } as never))).toMatchObject({ code: "parameter_missing", raw: { param: "amount" } })
  })

  it("refunds: partial, the rest, then nothing left; amounts in the smallest unit", async () => {
    const pi = await stripe.paymentIntents.create({ amount: 37_500_000, currency: "idr", payment_method: "pm_card_visa", confirm: true })
    const partial = await stripe.refunds.create({ payment_intent: pi.id, amount: 5_000_000 })
    expect(partial).toMatchObject({ object: "refund", amount: 5_000_000, payment_intent: pi.id, status: "succeeded", currency: "idr" })
    expect(await stripe.refunds.retrieve(partial.id)).toMatchObject({ id: partial.id, amount: 5_000_000 })
    expect(await caught(stripe.refunds.create({ payment_intent: pi.id, amount: 40_000_000 }))).toMatchObject({ code: "amount_too_large" })
    const rest = await stripe.refunds.create({ payment_intent: pi.id })
    expect(rest.amount).toBe(32_500_000)
    expect(await caught(stripe.refunds.create({ payment_intent: pi.id, amount: 1 }))).toMatchObject({ code: "charge_already_refunded" })
    const unpaid = await stripe.paymentIntents.create({ amount: 100, currency: "idr" })
    expect(await caught(stripe.refunds.create({ payment_intent: unpaid.id }))).toMatchObject({ code: "charge_not_refundable" })
    expect(server.eventsFor(pi.id, "charge.refunded")).toHaveLength(2)
  })

  it("honours Idempotency-Key: the same request answers the first result; another request with it is refused", async () => {
    const key = `payses_${Date.now()}`
    const before = server.intents.size
    const [a, b] = await Promise.all([
      stripe.paymentIntents.create({ amount: 100_000, currency: "idr" }, { idempotencyKey: key }),
      stripe.paymentIntents.create({ amount: 100_000, currency: "idr" }, { idempotencyKey: key }),
    ])
    expect(a.id).toBe(b.id)
    expect(server.intents.size).toBe(before + 1)
    expect(server.requests.filter((r) => r.idempotencyKey === key).map((r) => r.replayed)).toEqual([false, true])
    expect(await caught(stripe.paymentIntents.create({ amount: 999, currency: "idr" }, { idempotencyKey: key }))).toMatchObject({ type: "StripeIdempotencyError" })
    // a capture retried with its key captures once
    const manual = await stripe.paymentIntents.create({ amount: 100_000, currency: "idr", capture_method: "manual", payment_method: "pm_card_visa", confirm: true })
    const c1 = await stripe.paymentIntents.capture(manual.id, {}, { idempotencyKey: "capt_1" })
    const c2 = await stripe.paymentIntents.capture(manual.id, {}, { idempotencyKey: "capt_1" })
    expect(c2).toEqual(c1)
    expect(server.eventsFor(manual.id, "payment_intent.succeeded")).toHaveLength(1)
  })

  it("refuses a request without a secret key, like Stripe", async () => {
    const res = await fetch(`${server.url}/v1/payment_intents`, { method: "POST", body: "amount=1&currency=idr" })
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: { type: "invalid_request_error", message: "You did not provide an API key." } })
    expect(await caught(testClient(server.url, "pk_test_publishable").paymentIntents.retrieve("pi_x"))).toMatchObject({ type: "StripeAuthenticationError", statusCode: 401 })
  })

  it("signs webhook events the SDK verifies, and only with the right secret", async () => {
    const pi = await stripe.paymentIntents.create({ amount: 100_000, currency: "idr", payment_method: "pm_card_visa", confirm: true, metadata: { session_id: "payses_9" } })
    const signed = server.signedEvent("payment_intent.succeeded", pi.id)
    const event = Stripe.webhooks.constructEvent(signed.payload, signed.signature, "whsec_unit")
    expect(event).toMatchObject({ type: "payment_intent.succeeded", data: { object: { id: pi.id, amount_received: 100_000, metadata: { session_id: "payses_9" } } } })
    expect(() => Stripe.webhooks.constructEvent(signed.payload, signed.signature, "whsec_other")).toThrow(/signature/i)
    expect(() => Stripe.webhooks.constructEvent(signed.payload.replace("100000", "1"), signed.signature, "whsec_unit")).toThrow(/signature/i)
    // the recorded events can be delivered too
    const recorded = server.sign(server.eventsFor(pi.id, "payment_intent.succeeded")[0]!)
    expect(Stripe.webhooks.constructEvent(recorded.payload, recorded.signature, "whsec_unit").id).toBe(recorded.event.id)
  })
})

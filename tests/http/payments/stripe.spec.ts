// Stripe end to end on a real PostgreSQL, with the Stripe-compatible test server of tests/stripe-server standing in
// for Stripe (the provider's SDK pointed at it by STRIPE_API_HOST/PORT/PROTOCOL): a store checkout with
// pp_stripe_stripe paid by card, declined, and with 3D Secure; the webhook delivered 20 times at once and again to a
// second app process on the same database (a restart: nothing in memory); a bad or missing signature; an intent the
// store does not know; an amount that is not the order's; a refund through Stripe reversing the ledger. The buyer's
// browser (Stripe.js confirming the intent with its client secret) is played by the Stripe SDK calling the test
// server. Every test starts from the seeded store (test-utils restores it between tests).
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { DEMO_OPERATOR, type SeedResult } from "@karya/seed"
import { backendDir, seedStore, storeHeaders } from "../../helpers/medusa"
import { startSecondApp } from "../../stripe-server/app-process"
import { deliverWebhook, startStripeServer, type SignedEvent, type StripeServer } from "../../stripe-server/server"
import { testClient } from "../../stripe-server/stripe-sdk"

type Bearer = { headers: { authorization: string } }
type Entry = { id: string; kind: string; amount: number; payment_id: string | null; refund_id?: string | null }
type Payment = {
  id: string
  amount: number
  captured_at: string | null
  canceled_at: string | null
  data: Record<string, unknown>
  captures: { id: string; amount: number }[]
  refunds: { id: string; amount: number }[]
}
type Flag = { id: string; payment_id: string; order_id: string | null; reason: string; expected_amount: number | null; received_amount: number | null; provider_id: string }

const STRIPE = "pp_stripe_stripe"
const WEBHOOK_SECRET = "whsec_karya_stripe_spec"
const NASTAR = { handle: "nastar-nanas-lapuanja", sku: "KL-JMB-KR-NASTAR-250" } // Jambi, Rp 75.000
const ANGSO = { handle: "batik-cap-angso-duo", sku: "KL-JMB-BC-ANGSO" } // Jambi, Rp 225.000 (5% motif royalty)
const ORDER = [{ ...NASTAR, quantity: 2 }, { ...ANGSO, quantity: 1 }]
const GOODS = 2 * 75_000 + 225_000 // what the ledger splits (shipping is not split)
const TOTAL = GOODS + 25_000 // + Kurir Reguler
const sum = (entries: { amount: number }[]) => entries.reduce((s, e) => s + e.amount, 0)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(150)
  }
}

// The Stripe test server must be up before the app reads its configuration: this hook runs before the runner's.
let stripeServer: StripeServer
beforeAll(async () => {
  stripeServer = await startStripeServer({ port: 0, webhookSecret: WEBHOOK_SECRET })
  Object.assign(process.env, stripeServer.env())
})
afterAll(async () => {
  await stripeServer?.stop()
})

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer, dbConfig }) => {
    let seed: SeedResult
    let operator: Bearer
    const browser = () => testClient(stripeServer.url) // Stripe.js in the buyer's browser, as far as the intent goes
    const headers = () => storeHeaders(seed.publishableKey)
    const webhookUrl = (base = api.defaults.baseURL) => `${base}/hooks/payment/stripe_stripe`
    const container = (): MedusaContainer => getContainer()

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    beforeEach(async () => {
      const { data } = await api.post("/auth/user/emailpass", { email: DEMO_OPERATOR.email, password: DEMO_OPERATOR.password })
      operator = { headers: { authorization: `Bearer ${data.token}` } }
    })

    /** Events the app emits, as they are handled (after Medusa's webhook delay). */
    function watch(name: string) {
      const seen: Record<string, unknown>[] = []
      const eventBus = container().resolve(Modules.EVENT_BUS)
      const subscriberId = `stripe-spec-${name}-${Math.random()}`
      const handler = async (event: { data: Record<string, unknown> }) => {
        seen.push(event.data)
      }
      eventBus.subscribe(name, handler as never, { subscriberId })
      return { seen, stop: () => eventBus.unsubscribe(name, handler as never, { subscriberId }) }
    }

    /** The storefront's checkout up to the payment step, with Stripe: the session holds the intent. */
    async function checkout(items = ORDER) {
      const { data: cart } = await api.post("/store/carts", { region_id: seed.regionId, email: "dewi.pembeli@example.com" }, headers())
      const cartId: string = cart.cart.id
      for (const item of items) {
        const { data } = await api.get(`/store/products?handle=${item.handle}&fields=variants.id,variants.sku`, headers())
        const variant = data.products[0].variants.find((v: { sku: string }) => v.sku === item.sku)
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: item.quantity }, headers())
      }
      await api.post(`/store/carts/${cartId}`, {
        shipping_address: { first_name: "Dewi", last_name: "Pembeli", address_1: "Jl. Gatot Subroto 5", city: "Jambi", province: "Jambi", postal_code: "36124", country_code: "id", phone: "081200001111" },
      }, headers())
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers())
      const reguler = options.shipping_options.find((o: { name: string }) => o.name === "Kurir Reguler")
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: reguler.id }, headers())
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, headers())
      const { data: withSession } = await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: STRIPE }, headers())
      const session = withSession.payment_collection.payment_sessions.find((s: { provider_id: string }) => s.provider_id === STRIPE)
      return { cartId, sessionId: session.id as string, intentId: session.data.id as string, clientSecret: session.data.client_secret as string, amount: session.amount as number }
    }

    /** The storefront's "Bayar" after Stripe.js confirmed: Medusa's answer, an error included (never thrown). */
    const complete = async (cartId: string) => {
      const response = await api.post(`/store/carts/${cartId}/complete`, {}, { ...headers(), validateStatus: () => true })
      return { status: response.status as number, ...response.data }
    }

    async function paymentOfSession(sessionId: string): Promise<Payment | undefined> {
      const query = container().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "payment",
        fields: ["id", "amount", "captured_at", "canceled_at", "data", "captures.id", "captures.amount", "refunds.id", "refunds.amount"],
        filters: { payment_session_id: sessionId },
      })
      return data[0] as Payment | undefined
    }

    async function orderOfCart(cartId: string): Promise<{ id: string; total: number; transactions: { reference: string; reference_id: string; amount: number }[] } | undefined> {
      const query = container().resolve(ContainerRegistrationKeys.QUERY)
      const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "order.id"], filters: { id: cartId } })
      const orderId = (carts[0] as { order?: { id: string } | null } | undefined)?.order?.id
      if (!orderId) return undefined
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "total", "transactions.reference", "transactions.reference_id", "transactions.amount"],
        filters: { id: orderId },
      })
      return data[0] as never
    }

    const ordersCount = async () => (await api.get("/admin/orders?limit=1&fields=id", operator)).data.count as number
    const entriesOf = async (orderId: string): Promise<Entry[]> =>
      (await api.get(`/admin/revenue/entries?limit=200&order_id=${orderId}`, operator)).data.entries
    const flagsOf = async (paymentId: string): Promise<Flag[]> =>
      (container().resolve("karya_payments") as { listOpenFlags(f: object): Promise<Flag[]> }).listOpenFlags({ payment_id: paymentId })
    const stripeCalls = (intentId: string, action: string) =>
      stripeServer.requests.filter((r) => r.method === "POST" && r.path === `/v1/payment_intents/${intentId}/${action}`)
    const recorded = (intentId: string, type: string): SignedEvent => stripeServer.sign(stripeServer.eventsFor(intentId, type).at(-1)!)

    it("card success: paid once at Stripe, captured once in Medusa, the ledger written once, the webhook a no-op", async () => {
      const captured = watch("payment.captured")
      const { cartId, sessionId, intentId, clientSecret, amount } = await checkout()
      expect(amount).toBe(TOTAL)
      // the intent Medusa created: Rp 400.000 in Stripe's two-decimal IDR (converted by Medusa's provider), charged
      // when the buyer confirms (capture: true), tied to the session, with the secret the Payment Element needs
      const intent = stripeServer.intents.get(intentId)!
      expect(intent).toMatchObject({ amount: TOTAL * 100, currency: "idr", capture_method: "automatic", status: "requires_payment_method", metadata: { session_id: sessionId } })
      expect(clientSecret).toBe(intent.client_secret)
      expect(stripeServer.requests.find((r) => r.path === "/v1/payment_intents")!.idempotencyKey).toBe(sessionId)

      const confirmed = await browser().paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })
      expect(confirmed.status).toBe("succeeded")
      const completed = await complete(cartId)
      expect(completed.type).toBe("order")
      expect(completed.order.total).toBe(TOTAL)
      const orderId: string = completed.order.id

      const payment = (await paymentOfSession(sessionId))!
      expect(payment.captured_at).not.toBeNull()
      expect(payment.captures.map((c) => c.amount)).toEqual([TOTAL])
      const { data: admin } = await api.get(`/admin/orders/${orderId}?fields=id,payment_status`, operator)
      expect(admin.order.payment_status).toBe("captured")
      // the ledger from the placed order (payment.captured), before any webhook
      const entries = await until("the ledger of the order", async () => {
        const e = await entriesOf(orderId)
        return e.length ? e : undefined
      })
      expect(sum(entries)).toBe(GOODS)

      // Stripe's payment_intent.succeeded, as Stripe signs it
      const before = captured.seen.length
      const answer = await deliverWebhook(webhookUrl(), recorded(intentId, "payment_intent.succeeded"))
      expect(answer.status).toBe(200)
      expect(JSON.parse(answer.body)).toEqual({ received: true, outcome: "forwarded" })
      await until("the webhook processed", async () => captured.seen.length > before, 20_000)
      captured.stop()

      const after = (await paymentOfSession(sessionId))!
      expect(after.captures).toHaveLength(1)
      expect(after.captured_at).toEqual(payment.captured_at)
      expect((await orderOfCart(cartId))!.transactions.filter((t) => t.reference === "capture")).toHaveLength(1)
      expect((await entriesOf(orderId)).map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort())
      // charged once: no capture call (automatic capture) and one succeeded intent
      expect(stripeCalls(intentId, "capture")).toHaveLength(0)
      expect(stripeServer.eventsFor(intentId, "payment_intent.succeeded")).toHaveLength(1)
      expect(await flagsOf(payment.id)).toEqual([])
    })

    it("card declined: the buyer is told, no order, nothing captured", async () => {
      const ordersBefore = await ordersCount()
      const { cartId, sessionId, intentId } = await checkout()
      // what the Payment Element shows the buyer: Stripe's own message
      const declined = await browser().paymentIntents.confirm(intentId, { payment_method: "pm_card_chargeDeclined" }).catch((e: unknown) => e as { type: string; code: string; message: string })
      expect(declined).toMatchObject({ type: "StripeCardError", code: "card_declined", message: "Your card was declined." })
      // completing anyway (a storefront that did not stop): Medusa refuses, naming the session it could not authorize
      const completed = await complete(cartId)
      expect(completed).toMatchObject({ status: 400, type: "not_allowed" })
      expect(completed.message).toMatch(new RegExp(`${sessionId} was not authorized with the provider`))
      expect(await orderOfCart(cartId)).toBeUndefined()
      expect(await ordersCount()).toBe(ordersBefore)
      expect(await paymentOfSession(sessionId)).toBeUndefined()
      const { data } = await api.get(`/store/carts/${cartId}?fields=completed_at`, headers())
      expect(data.cart.completed_at ?? null).toBeNull()
      // Stripe's payment_failed event changes nothing either
      expect((await deliverWebhook(webhookUrl(), recorded(intentId, "payment_intent.payment_failed"))).status).toBe(200)
      expect(stripeServer.intents.get(intentId)).toMatchObject({ status: "requires_payment_method", amount_received: 0 })
      expect(stripeCalls(intentId, "capture")).toHaveLength(0)

      const { data: sessions } = await api.get(`/store/carts/${cartId}?fields=payment_collection.payment_sessions.status`, headers())
      expect(sessions.cart.payment_collection.payment_sessions.map((s: { status: string }) => s.status)).toEqual(["error"])

      // the storefront starts the payment again (a new session, a new intent) and the buyer pays with another card;
      // the declined intent is canceled at Stripe, never charged
      const { data: cart } = await api.get(`/store/carts/${cartId}?fields=payment_collection.id`, headers())
      const { data: again } = await api.post(`/store/payment-collections/${cart.cart.payment_collection.id}/payment-sessions`, { provider_id: STRIPE }, headers())
      const session = again.payment_collection.payment_sessions.find((s: { provider_id: string }) => s.provider_id === STRIPE)
      expect(session.data.id).not.toBe(intentId)
      expect(stripeServer.intents.get(intentId)).toMatchObject({ status: "canceled", amount_received: 0 })
      await browser().paymentIntents.confirm(session.data.id, { payment_method: "pm_card_visa" })
      const retried = await complete(cartId)
      expect(retried, JSON.stringify(retried)).toMatchObject({ type: "order" })
      expect((await paymentOfSession(session.id))!.captures.map((c) => c.amount)).toEqual([TOTAL])
      expect(await ordersCount()).toBe(ordersBefore + 1)
      await until("the ledger", async () => sum(await entriesOf(retried.order.id)) === GOODS)
    })

    it("requires action: nothing is captured until the buyer authenticates and Stripe says succeeded", async () => {
      const captured = watch("payment.captured")
      const webhooks = watch("payment.webhook_received")
      const { cartId, sessionId, intentId } = await checkout()
      const pending = await browser().paymentIntents.confirm(intentId, { payment_method: "pm_card_threeDSecure2Required", return_url: "http://localhost:5173/checkout" })
      expect(pending.status).toBe("requires_action")
      expect(pending.next_action).toMatchObject({ type: "redirect_to_url" })
      const completed = await complete(cartId)
      expect(completed).toMatchObject({ status: 400, type: "not_allowed" })
      // Stripe's requires_action event: processed, nothing captured
      expect((await deliverWebhook(webhookUrl(), recorded(intentId, "payment_intent.requires_action"))).status).toBe(200)
      await until("the requires_action event handled", async () => webhooks.seen.length >= 1, 20_000)
      await sleep(500)
      expect(await paymentOfSession(sessionId)).toBeUndefined()
      expect(await orderOfCart(cartId)).toBeUndefined()

      // the buyer passes 3D Secure and closes the tab: Stripe's succeeded event alone places the order, captured once
      stripeServer.authenticate(intentId)
      expect((await deliverWebhook(webhookUrl(), recorded(intentId, "payment_intent.succeeded"))).status).toBe(200)
      const order = await until("the order placed by the webhook", () => orderOfCart(cartId), 30_000)
      expect(Number(order.total)).toBe(TOTAL)
      const payment = await until("the payment captured", async () => {
        const p = await paymentOfSession(sessionId)
        return p?.captured_at ? p : undefined
      })
      expect(payment.captures.map((c) => c.amount)).toEqual([TOTAL])
      const entries = await until("the ledger", async () => {
        const e = await entriesOf(order.id)
        return sum(e) === GOODS ? e : undefined
      })
      expect(entries.every((e) => e.kind === "sale" && e.payment_id === payment.id)).toBe(true)
      // the buyer's browser comes back and completes: the same order
      const again = await complete(cartId)
      expect(again).toMatchObject({ type: "order", order: { id: order.id } })
      await until("the events settled", async () => captured.seen.length >= 1)
      captured.stop()
      webhooks.stop()
      expect((await paymentOfSession(sessionId))!.captures).toHaveLength(1)
    })

    it("the same webhook 20 times at once, then 20 times again to a restarted app: one order, one capture, one ledger", async () => {
      const captured = watch("payment.captured")
      const { cartId, sessionId, intentId } = await checkout()
      await browser().paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })
      // the buyer's browser never completes the cart: Stripe's event does, delivered 20 times at once
      const event = recorded(intentId, "payment_intent.succeeded")
      const answers = await Promise.all(Array.from({ length: 20 }, () => deliverWebhook(webhookUrl(), event)))
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200))
      // each delivery runs Medusa's processPaymentWorkflow, which ends in a payment.captured event
      await until("20 deliveries processed", async () => captured.seen.length >= 20, 90_000)
      const order = (await until("the order", () => orderOfCart(cartId)))!
      const payment = (await paymentOfSession(sessionId))!
      expect(payment.captures.map((c) => c.amount)).toEqual([TOTAL])
      expect(order.transactions.filter((t) => t.reference === "capture")).toHaveLength(1)
      const entries = await until("the ledger", async () => {
        const e = await entriesOf(order.id)
        return sum(e) === GOODS ? e : undefined
      })
      const { data: orders } = await api.get(`/admin/orders?limit=100&fields=id,email`, operator)
      expect(orders.orders.filter((o: { id: string }) => o.id === order.id)).toHaveLength(1)
      expect(orders.count).toBe(1)

      // a restart: a second app process on the same database, nothing in memory; the same event 20 times again
      const second = await startSecondApp({ cwd: backendDir, databaseUrl: dbConfig.clientUrl, watch: ["payment.captured"] })
      try {
        const again = await Promise.all(Array.from({ length: 20 }, () => deliverWebhook(webhookUrl(second.url), event)))
        expect(again.map((a) => a.status)).toEqual(Array(20).fill(200))
        await until("20 deliveries processed by the second app", async () => second.events.length >= 20, 90_000)
      } finally {
        await second.stop()
      }
      // and once more to the first app, later
      const before = captured.seen.length
      await deliverWebhook(webhookUrl(), event)
      await until("the late delivery processed", async () => captured.seen.length > before, 20_000)
      captured.stop()

      const after = (await paymentOfSession(sessionId))!
      expect(after.captures).toHaveLength(1)
      expect(after.captured_at).toEqual(payment.captured_at)
      expect((await orderOfCart(cartId))!.transactions.filter((t) => t.reference === "capture")).toHaveLength(1)
      expect((await entriesOf(order.id)).map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort())
      expect((await api.get(`/admin/orders?limit=1&fields=id`, operator)).data.count).toBe(1)
      expect(stripeCalls(intentId, "capture")).toHaveLength(0)
    })

    it("a bad or missing signature: 400 and nothing changes; an intent the store does not know: 200, ignored, logged", async () => {
      const { cartId, sessionId, intentId } = await checkout()
      await browser().paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })
      const eventBus = container().resolve(Modules.EVENT_BUS)
      const emitted: string[] = []
      const emit = eventBus.emit.bind(eventBus)
      const spy = vi.spyOn(eventBus, "emit").mockImplementation(async (data: unknown, options?: unknown) => {
        for (const e of [data].flat() as { name: string }[]) emitted.push(e.name)
        return emit(data as never, options as never)
      })
      const logger = container().resolve(ContainerRegistrationKeys.LOGGER)
      const warned: string[] = []
      const warn = vi.spyOn(logger, "warn").mockImplementation((message: string) => {
        warned.push(message)
      })
      try {
        const good = recorded(intentId, "payment_intent.succeeded")
        const forged = stripeServer.sign(good.event, "whsec_not_ours")
        const tampered = { payload: good.payload.replace(`"amount_received": ${TOTAL * 100}`, `"amount_received": 100`), signature: good.signature }
        expect(tampered.payload).not.toBe(good.payload)
        for (const bad of [forged, tampered, { payload: good.payload }, { payload: good.payload, signature: "t=1,v1=deadbeef" }]) {
          const answer = await deliverWebhook(webhookUrl(), bad)
          expect(answer.status).toBe(400)
          expect(answer.body).toMatch(/^Webhook Error: /)
        }
        expect(emitted).toEqual([])

        // an intent created at Stripe by someone else (no Medusa session in its metadata), and one naming a session
        // this store never had
        const stranger = await browser().paymentIntents.create({ amount: 10_000_000, currency: "idr", payment_method: "pm_card_visa", confirm: true })
        const unknown = await deliverWebhook(webhookUrl(), recorded(stranger.id, "payment_intent.succeeded"))
        expect(unknown.status).toBe(200)
        expect(JSON.parse(unknown.body).outcome).toBe("unknown_intent")
        const ghost = await browser().paymentIntents.create({ amount: 10_000_000, currency: "idr", payment_method: "pm_card_visa", confirm: true, metadata: { session_id: "payses_01NOTOURS" } })
        const ghostAnswer = await deliverWebhook(webhookUrl(), recorded(ghost.id, "payment_intent.succeeded"))
        expect(ghostAnswer.status).toBe(200)
        expect(JSON.parse(ghostAnswer.body).outcome).toBe("unknown_intent")
        expect(emitted).toEqual([])
        expect(warned.some((m) => m.includes(stranger.id) && m.includes("unknown payment intent"))).toBe(true)
        expect(warned.some((m) => m.includes(ghost.id) && m.includes("payses_01NOTOURS"))).toBe(true)
      } finally {
        spy.mockRestore()
        warn.mockRestore()
      }
      await sleep(6_000) // past Medusa's webhook delay: had anything been queued, it would have run by now
      expect(await paymentOfSession(sessionId)).toBeUndefined()
      expect(await orderOfCart(cartId)).toBeUndefined()
      expect(await ordersCount()).toBe(0)
    })

    it("an amount that is not the order's: the payment is flagged for staff and not captured, however it arrives", async () => {
      // Someone changed the intent's amount at Stripe before the buyer paid: Stripe took Rp 100.000, the order is
      // Rp 400.000. (a) The buyer's browser completes the cart.
      const a = await checkout()
      await browser().paymentIntents.update(a.intentId, { amount: 10_000_000 })
      await browser().paymentIntents.confirm(a.intentId, { payment_method: "pm_card_visa" })
      const completed = await complete(a.cartId)
      expect(completed.type).toBe("order")
      const orderA: string = completed.order.id
      const paymentA = (await paymentOfSession(a.sessionId))!
      expect(paymentA.captured_at).toBeNull()
      expect(paymentA.captures).toEqual([])
      const flagged = await until("the flag", async () => {
        const f = await flagsOf(paymentA.id)
        return f.length ? f : undefined
      })
      expect(flagged).toEqual([
        expect.objectContaining({ payment_id: paymentA.id, order_id: orderA, reason: "amount_mismatch", provider_id: STRIPE, expected_amount: TOTAL, received_amount: 100_000 }),
      ])
      // Stripe's event, 20 times: flagged once, never captured
      const answers = await Promise.all(Array.from({ length: 20 }, () => deliverWebhook(webhookUrl(), recorded(a.intentId, "payment_intent.succeeded"))))
      expect(answers.every((x) => x.status === 200 && JSON.parse(x.body).outcome === "flagged")).toBe(true)
      expect(await flagsOf(paymentA.id)).toHaveLength(1)
      const { data: status } = await api.get(`/store/orders/${orderA}/payment`, headers())
      expect(status.payment).toMatchObject({ provider_id: STRIPE, status: "flagged" })

      // (b) The buyer's browser never completes: the event alone places the order, unpaid and flagged
      const b = await checkout()
      await browser().paymentIntents.update(b.intentId, { amount: 10_000_000 })
      await browser().paymentIntents.confirm(b.intentId, { payment_method: "pm_card_visa" })
      const answer = await deliverWebhook(webhookUrl(), recorded(b.intentId, "payment_intent.succeeded"))
      expect(JSON.parse(answer.body).outcome).toBe("mismatch_pending")
      const orderB = await until("the order placed unpaid", () => orderOfCart(b.cartId), 30_000)
      // the order exists a moment before its payment (Medusa authorizes last when completing a cart)
      const paymentB = await until("the payment of (b)", () => paymentOfSession(b.sessionId))
      const flagB = await until("the flag of (b)", async () => {
        const f = await flagsOf(paymentB.id)
        return f.length ? f : undefined
      })
      expect(flagB).toEqual([expect.objectContaining({ order_id: orderB.id, reason: "amount_mismatch", expected_amount: TOTAL, received_amount: 100_000 })])
      await sleep(1_000)
      expect((await paymentOfSession(b.sessionId))!.captured_at).toBeNull()

      // nothing of either reached the makers' ledger
      expect(await entriesOf(orderA)).toEqual([])
      expect(await entriesOf(orderB.id)).toEqual([])
    })

    it("a refund through Stripe reverses the ledger by exactly what was refunded", async () => {
      const { cartId, sessionId, intentId } = await checkout()
      await browser().paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })
      const { order } = await complete(cartId)
      const payment = (await paymentOfSession(sessionId))!
      await until("the sale in the ledger", async () => sum(await entriesOf(order.id)) === GOODS)

      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 50_000 }, operator)
      // Medusa's provider converted it: Rp 50.000 is 5000000 at Stripe
      const refunds = [...stripeServer.refunds.values()].filter((r) => r.payment_intent === intentId)
      expect(refunds.map((r) => r.amount)).toEqual([5_000_000])
      const entries = await until("the reversal", async () => {
        const e = await entriesOf(order.id)
        return e.some((x) => x.kind === "refund") ? e : undefined
      })
      const reversed = entries.filter((e) => e.kind === "refund")
      expect(sum(reversed)).toBe(-50_000)
      expect(reversed.every((e) => e.payment_id === payment.id && e.amount < 0)).toBe(true)
      expect(sum(entries)).toBe(GOODS - 50_000)

      // the rest of the goods: the order's accounts back to zero; Stripe holds what is left (the shipping)
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: GOODS - 50_000 }, operator)
      await until("the full reversal", async () => sum(await entriesOf(order.id)) === 0)
      expect(stripeServer.charges.get(stripeServer.intents.get(intentId)!.latest_charge as string)).toMatchObject({ amount_refunded: GOODS * 100, refunded: false })
      // Stripe's charge.refunded event is acknowledged and changes nothing
      const refundedEvent = stripeServer.sign(stripeServer.eventsFor(intentId, "charge.refunded").at(-1)!)
      expect((await deliverWebhook(webhookUrl(), refundedEvent)).status).toBe(200)
      const after = (await paymentOfSession(sessionId))!
      expect(after.refunds.map((r) => r.amount).sort((x, y) => x - y)).toEqual([50_000, GOODS - 50_000])
      expect(after.captures).toHaveLength(1)
    })
  },
})

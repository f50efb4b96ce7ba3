// What the store does with a Stripe webhook before Medusa's own processing (the payment.webhook_received event →
// processPaymentWorkflow): the signature is checked at once (400 when it is bad or missing, nothing changes), an
// event for an intent this store does not know is answered 200 and logged, and an event whose amount is not what the
// order expects is not processed: the payment is flagged for staff instead. Everything else goes on to Medusa as its
// own route would send it.
import type { BigNumberInput, IPaymentModuleService, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentActions, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { KARYA_PAYMENTS_MODULE } from "../modules/karya-payments"
import type KaryaPaymentsModuleService from "../modules/karya-payments/service"
import type { PaymentFlagDTO } from "../modules/karya-payments/service"
import { sameStripeAmount } from "../providers/stripe/amounts"
import { rupiahOf } from "./rupiah"

/** The payment module's provider key of Stripe (`pp_` + it is the provider id); the webhook path ends with it. */
export const STRIPE_PROVIDER_KEY = "stripe_stripe"
export const STRIPE_PROVIDER_ID = `pp_${STRIPE_PROVIDER_KEY}`
/** Emitted (delayed like Medusa's own webhook event) for a mismatched event whose cart has no payment yet. */
export const STRIPE_AMOUNT_MISMATCH_EVENT = "karya_payments.stripe_amount_mismatch"

export type StripeWebhookPayload = { data: unknown; rawData: unknown; headers: Record<string, unknown> }

export type ScreenResult =
  | { status: 400; outcome: "bad_signature"; message: string }
  | { status: 200; outcome: "forwarded" | "ignored" | "unknown_intent" | "flagged" | "mismatch_pending"; message: string }

type EventSummary = { id?: string; type?: string; intent?: string; ours: boolean }
type SessionRow = {
  id: string
  amount: BigNumberInput
  currency_code: string
  payment_collection_id: string
  payment?: { id: string; amount: BigNumberInput; captured_at: Date | string | null; provider_id: string } | null
}

const summary = (body: unknown): EventSummary => {
  const e = body as {
    id?: string
    type?: string
    data?: { object?: { id?: string; object?: string; payment_intent?: string; metadata?: Record<string, string> } }
  } | null
  const object = e?.data?.object
  return {
    id: e?.id,
    type: e?.type,
    intent: object?.object === "payment_intent" ? object.id : object?.payment_intent ?? object?.id,
    // Medusa puts the payment session's id in the metadata of every intent it creates
    ours: Boolean(object?.metadata?.session_id),
  }
}

/** The payment module's options (webhook_delay, webhook_retries), as Medusa's own webhook route reads them. */
function webhookOptions(container: MedusaContainer) {
  const options = ((container.resolve(Modules.PAYMENT) as unknown as { options?: Record<string, unknown> }).options ?? {}) as {
    webhook_delay?: number
    webhook_retries?: number
  }
  return { delay: options.webhook_delay || 5000, attempts: options.webhook_retries || 3 }
}

async function orderOfPaymentCollection(container: MedusaContainer, paymentCollectionId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment_collection", fields: ["id", "order.id"], filters: { id: paymentCollectionId } })
  return (data[0] as { order?: { id: string } | null } | undefined)?.order?.id ?? null
}

/** Flags a Stripe payment whose amount is not the order's (once per payment and amount: the service is idempotent). */
export async function flagStripeAmountMismatch(
  container: MedusaContainer,
  input: { payment_id: string; payment_collection_id?: string; order_id?: string | null; expected: BigNumberInput; received: BigNumberInput; note: string }
): Promise<PaymentFlagDTO> {
  const flags: KaryaPaymentsModuleService = container.resolve(KARYA_PAYMENTS_MODULE)
  const orderId = input.order_id ?? (input.payment_collection_id ? await orderOfPaymentCollection(container, input.payment_collection_id) : null)
  return flags.flagPayment({
    payment_id: input.payment_id,
    provider_id: STRIPE_PROVIDER_ID,
    reason: "amount_mismatch",
    order_id: orderId,
    expected_amount: rupiahOf(input.expected),
    received_amount: rupiahOf(input.received),
    note: input.note,
    recorded_by: "stripe-webhook",
  })
}

export async function screenStripeWebhook(container: MedusaContainer, payload: StripeWebhookPayload): Promise<ScreenResult> {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const payments: IPaymentModuleService = container.resolve(Modules.PAYMENT)
  const event = summary(payload.data)
  const label = `stripe webhook ${event.id ?? "?"} (${event.type ?? "?"}, ${event.intent ?? "?"})`

  // 1. the signature, by the provider itself (Stripe's SDK with the configured webhook secret)
  let action: Awaited<ReturnType<IPaymentModuleService["getWebhookActionAndData"]>>
  try {
    action = await payments.getWebhookActionAndData({ provider: STRIPE_PROVIDER_KEY, payload: payload as never })
  } catch (error) {
    const message = (error as Error).message
    logger.warn(`${label}: refused, ${message}`)
    return { status: 400, outcome: "bad_signature", message }
  }

  // 2. events this store does not act on, or of intents it did not create (no session id in the intent's metadata)
  const sessionId = action.data?.session_id
  if (!sessionId) {
    if (!event.ours) {
      const message = `${label}: unknown payment intent (not created by this store), ignored`
      logger.warn(message)
      return { status: 200, outcome: "unknown_intent", message }
    }
    const message = `${label}: nothing to do, ignored`
    logger.info(message)
    return { status: 200, outcome: "ignored", message }
  }
  const [session] = (await payments.listPaymentSessions({ id: sessionId }, { relations: ["payment"] })) as unknown as SessionRow[]
  if (!session) {
    const message = `${label}: unknown payment intent, no payment session ${sessionId} in this store; ignored`
    logger.warn(message)
    return { status: 200, outcome: "unknown_intent", message }
  }

  // 3. an amount that is not the order's: flag, do not capture
  const carriesAmount = action.action === PaymentActions.SUCCESSFUL || action.action === PaymentActions.AUTHORIZED
  const received = action.data?.amount
  if (carriesAmount && received !== undefined) {
    const expected = session.payment?.amount ?? session.amount
    if (!sameStripeAmount(received, expected, session.currency_code)) {
      const note = `Stripe ${event.type} ${event.id} for ${event.intent}: received ${rupiahOf(received)}, the order expects ${rupiahOf(expected)}`
      if (session.payment) {
        const flag = await flagStripeAmountMismatch(container, {
          payment_id: session.payment.id,
          payment_collection_id: session.payment_collection_id,
          expected,
          received,
          note,
        })
        const message = `${label}: amount mismatch, payment ${session.payment.id} flagged (${flag.id}), not captured`
        logger.warn(message)
        return { status: 200, outcome: "flagged", message }
      }
      // no payment yet (the buyer's browser never completed the cart): the cart is completed as authorized only (the
      // provider sees the same mismatch and does not capture), then the payment is flagged; later, like Medusa's own
      // processing, so the buyer's own completion goes first
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const { delay, attempts } = webhookOptions(container)
      await eventBus.emit(
        { name: STRIPE_AMOUNT_MISMATCH_EVENT, data: { session_id: session.id, received: Number(received), expected: Number(expected), note } },
        { delay, attempts }
      )
      const message = `${label}: amount mismatch before the order exists; the order will be placed unpaid and flagged`
      logger.warn(message)
      return { status: 200, outcome: "mismatch_pending", message }
    }
  }

  // 4. Medusa's own processing, exactly as its /hooks/payment/:provider route hands it over
  const eventBus = container.resolve(Modules.EVENT_BUS)
  await eventBus.emit(
    { name: PaymentWebhookEvents.WebhookReceived, data: { provider: STRIPE_PROVIDER_KEY, payload } },
    webhookOptions(container)
  )
  return { status: 200, outcome: "forwarded", message: `${label}: forwarded` }
}

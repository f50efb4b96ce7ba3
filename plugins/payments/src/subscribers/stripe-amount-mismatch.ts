import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentActions } from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { flagStripeAmountMismatch, STRIPE_AMOUNT_MISMATCH_EVENT } from "../lib/stripe-webhook"

type Data = { session_id: string; received: number; expected: number; note: string }

/**
 * A Stripe event whose amount is not the order's arrived before the order existed (the buyer's browser never
 * completed the cart). The cart is completed the way Medusa completes it for an authorization (processPaymentWorkflow,
 * action `authorized`: no capture), the provider sees the same mismatch and authorizes without capture, and the
 * payment is flagged for staff. Replays find the order and the flag already there.
 */
export default async function stripeAmountMismatch({ event, container }: SubscriberArgs<Data>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const payments: IPaymentModuleService = container.resolve(Modules.PAYMENT)
  const { session_id, received, expected, note } = event.data
  let [session] = await payments.listPaymentSessions({ id: session_id }, { relations: ["payment"] })
  if (!session) return
  if (!session.payment) {
    await processPaymentWorkflow(container).run({ input: { action: PaymentActions.AUTHORIZED, data: { session_id, amount: expected } } })
    ;[session] = await payments.listPaymentSessions({ id: session_id }, { relations: ["payment"] })
  }
  const payment = session?.payment
  if (!payment) {
    logger.warn(`stripe: amount mismatch on session ${session_id}, and its cart could not be completed; nothing to flag yet`)
    return
  }
  await flagStripeAmountMismatch(container, {
    payment_id: payment.id,
    payment_collection_id: session!.payment_collection_id,
    expected: payment.amount,
    received,
    note,
  })
}

export const config: SubscriberConfig = { event: STRIPE_AMOUNT_MISMATCH_EVENT, context: { subscriberId: "karya-stripe-amount-mismatch" } }

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { flagStripeAmountMismatch, STRIPE_PROVIDER_ID } from "../lib/stripe-webhook"
import { amountMismatchOf } from "../providers/stripe/amounts"

type Payment = { id: string; provider_id: string; amount: BigNumberInput; captured_at: string | Date | null; data: Record<string, unknown> | null }

/**
 * An order paid by Stripe, when it is placed:
 * - its payment was charged at confirmation (capture: true) and Medusa recorded the capture while completing the
 *   cart, a path on which Medusa emits no payment.captured: it is emitted here, so the makers' ledger is written when
 *   the order exists, not only when Stripe's webhook arrives (the ledger writes a payment once, however often);
 * - Stripe took another amount than the order's (the provider authorized it without capture and marked it): the
 *   payment is flagged for staff.
 */
export default async function stripeOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.data",
    ],
    filters: { id: event.data.id },
  })
  const order = data[0] as { id: string; payment_collections?: { id: string; payments?: Payment[] | null }[] | null } | undefined
  const payments = (order?.payment_collections ?? []).flatMap((c) => c.payments ?? []).filter((p) => p.provider_id === STRIPE_PROVIDER_ID)
  const eventBus = container.resolve(Modules.EVENT_BUS)
  for (const payment of payments) {
    const mismatch = amountMismatchOf(payment.data)
    if (mismatch) {
      const flag = await flagStripeAmountMismatch(container, {
        payment_id: payment.id,
        order_id: order!.id,
        expected: payment.amount,
        received: mismatch.received_amount,
        note: `Stripe ${mismatch.payment_intent} (${mismatch.status}) took ${mismatch.received_amount}, the order expects ${mismatch.expected_amount}`,
      })
      logger.warn(`stripe: order ${order!.id} placed with payment ${payment.id} flagged (${flag.id}): amount mismatch, not captured`)
    } else if (payment.captured_at) {
      await eventBus.emit({ name: PaymentEvents.CAPTURED, data: { id: payment.id } })
    }
  }
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED, context: { subscriberId: "karya-stripe-order-placed" } }

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { recordPaymentSplitWorkflow } from "../workflows/payment-split"

/** Every captured payment (Stripe, a confirmed bank transfer, a booth sale) is split into the ledger. */
export default async function paymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  // In one process Medusa hands the event over before the capture's own answer is written: let that answer leave
  // first (the split still runs here, awaited, so a failure is reported and, with Redis, retried)
  await new Promise((resolve) => setImmediate(resolve))
  await recordPaymentSplitWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: PaymentEvents.CAPTURED, context: { subscriberId: "revenue-split-payment-captured" } }

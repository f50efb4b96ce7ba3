import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { recordPaymentSplitWorkflow } from "../workflows/payment-split"

/** Every captured payment (Stripe, a confirmed bank transfer, a booth sale) is split into the ledger. */
export default async function paymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordPaymentSplitWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: PaymentEvents.CAPTURED, context: { subscriberId: "revenue-split-payment-captured" } }

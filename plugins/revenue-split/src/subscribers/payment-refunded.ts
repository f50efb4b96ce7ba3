import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { recordPaymentRefundsWorkflow } from "../workflows/payment-split"

/** Every refund is reversed in the ledger, allocated like the sale. */
export default async function paymentRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordPaymentRefundsWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: PaymentEvents.REFUNDED, context: { subscriberId: "revenue-split-payment-refunded" } }

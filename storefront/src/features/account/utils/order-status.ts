// Medusa's order, payment and delivery states, as the account's translations name them.
export const ORDER_STATUSES = ["pending", "completed", "canceled", "archived", "requires_action", "draft"] as const
export const PAYMENT_STATUSES = [
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "captured",
  "partially_captured",
  "partially_refunded",
  "refunded",
  "canceled",
  "requires_action",
] as const
export const FULFILLMENT_STATUSES = [
  "not_fulfilled",
  "partially_fulfilled",
  "fulfilled",
  "partially_shipped",
  "shipped",
  "partially_delivered",
  "delivered",
  "canceled",
] as const

export type OrderStatus = (typeof ORDER_STATUSES)[number]
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]
export type FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number]

function known<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return (list as readonly unknown[]).includes(value) ? (value as T) : undefined
}

export const orderStatus = (value: unknown) => known(ORDER_STATUSES, value)
export const paymentStatus = (value: unknown) => known(PAYMENT_STATUSES, value)
export const fulfillmentStatus = (value: unknown) => known(FULFILLMENT_STATUSES, value)

/** The tone a status is shown in: settled, waiting, or stopped. */
export function paymentTone(status: PaymentStatus | undefined): "good" | "waiting" | "stopped" {
  if (status === "captured") return "good"
  if (status === "canceled" || status === "refunded" || status === "partially_refunded") return "stopped"
  return "waiting"
}

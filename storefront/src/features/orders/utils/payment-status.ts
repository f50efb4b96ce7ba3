import type { PaymentStatus } from "../api/types"

const STATUSES: readonly PaymentStatus[] = ["awaiting", "paid", "expired", "flagged", "refunded"]

/** The translation key of a payment status; an unknown one reads "being processed". */
export function paymentStatusKey(status: string | null | undefined) {
  return (STATUSES as readonly string[]).includes(status ?? "")
    ? (`orders.payment.${status as PaymentStatus}` as const)
    : ("orders.payment.unknown" as const)
}

const ORDER_STATUSES = ["pending", "completed", "canceled", "requires_action", "archived", "draft"] as const

export function orderStatusKey(status: string | null | undefined) {
  return (ORDER_STATUSES as readonly string[]).includes(status ?? "")
    ? (`orders.status.${status as (typeof ORDER_STATUSES)[number]}` as const)
    : ("orders.status.pending" as const)
}

// An order's payment as buyers, managers and operators see it: which provider, its status in the contract's words,
// the amount due and (bank transfer) the instructions. One reader for the store, portal and admin routes and the
// confirm and expiry workflows, so they never disagree about an order's state.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { KARYA_PAYMENTS_MODULE } from "../modules/karya-payments"
import type KaryaPaymentsModuleService from "../modules/karya-payments/service"
import type { PaymentFlagDTO } from "../modules/karya-payments/service"
import { rupiahOf } from "./rupiah"
import { BANK_TRANSFER_PROVIDER_ID, isTransferData, transferInstructions, type TransferData } from "./transfer"

export type PaymentStatus = "awaiting" | "paid" | "expired" | "flagged" | "refunded"

type Amount = Parameters<typeof rupiahOf>[0]
export type PaymentRow = {
  id: string
  provider_id: string
  amount: Amount
  currency_code: string
  data: Record<string, unknown> | null
  captured_at: string | Date | null
  canceled_at: string | Date | null
  created_at: string | Date
  captures?: { amount: Amount }[] | null
  refunds?: { amount: Amount }[] | null
}
export type OrderRow = {
  id: string
  display_id: number
  status: string
  email: string | null
  created_at: string | Date
  canceled_at: string | Date | null
  currency_code: string
  total: Amount
  items?: { product_id: string | null }[] | null
  payment_collections?: { id: string; status: string; payments?: PaymentRow[] | null }[] | null
}

export const ORDER_PAYMENT_FIELDS = [
  "id",
  "display_id",
  "status",
  "email",
  "created_at",
  "canceled_at",
  "currency_code",
  "total",
  "items.product_id",
  "payment_collections.id",
  "payment_collections.status",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.currency_code",
  "payment_collections.payments.data",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.created_at",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.refunds.amount",
]

/** The payment that counts: the newest that is not canceled, else the newest. */
export function currentPayment(order: OrderRow): PaymentRow | null {
  const payments = (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? [])
  const newestFirst = [...payments].sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
  return newestFirst.find((p) => !p.canceled_at) ?? newestFirst[0] ?? null
}

const sumOf = (rows: { amount: Amount }[] | null | undefined) =>
  rupiahOf((rows ?? []).reduce((s, r) => MathBN.add(s, MathBN.convert(r.amount as never)), MathBN.convert(0)))

export function paymentStatusOf(order: Pick<OrderRow, "status">, payment: PaymentRow, openFlags: number): PaymentStatus {
  const captured = sumOf(payment.captures)
  if (payment.captured_at || captured > 0) {
    const refunded = sumOf(payment.refunds)
    return refunded > 0 && refunded >= (captured || rupiahOf(payment.amount)) ? "refunded" : "paid"
  }
  if (payment.canceled_at || order.status === "canceled") return "expired"
  if (openFlags > 0) return "flagged"
  return "awaiting"
}

/** What the store answers (GET /store/orders/:id/payment and the lookup). */
export type StorePayment = {
  provider_id: string
  status: PaymentStatus
  amount: number
  currency_code: string
  transfer?: { reference: string; bank_name: string; account_number: string; account_holder: string; expires_at: string }
}

export type OrderPayment = {
  order: OrderRow
  payment: PaymentRow
  /** whole rupiah of the order's total: what a transfer must bring */
  total: number
  status: PaymentStatus
  transfer: TransferData | null
  flags: PaymentFlagDTO[]
  open_flags: PaymentFlagDTO[]
}

export async function loadOrders(container: MedusaContainer, filters: Record<string, unknown>): Promise<OrderRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_PAYMENT_FIELDS, filters })
  return data as unknown as OrderRow[]
}

/** The payment of an order, 404 when there is no such order or it has no payment. */
export async function loadOrderPayment(container: MedusaContainer, orderId: string): Promise<OrderPayment> {
  const [order] = await loadOrders(container, { id: orderId })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${orderId} was not found`)
  return orderPaymentOf(container, order)
}

export async function orderPaymentOf(container: MedusaContainer, order: OrderRow): Promise<OrderPayment> {
  const payment = currentPayment(order)
  if (!payment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${order.id} has no payment`)
  const flagsService: KaryaPaymentsModuleService = container.resolve(KARYA_PAYMENTS_MODULE)
  const flags = await flagsService.listFlagsOfOrders([order.id])
  const open = flags.filter((f) => !f.resolved_at && f.payment_id === payment.id)
  return {
    order,
    payment,
    total: rupiahOf(order.total),
    status: paymentStatusOf(order, payment, open.length),
    transfer: payment.provider_id === BANK_TRANSFER_PROVIDER_ID && isTransferData(payment.data) ? payment.data : null,
    flags,
    open_flags: open,
  }
}

export function toStorePayment(p: OrderPayment): StorePayment {
  return {
    provider_id: p.payment.provider_id,
    status: p.status,
    amount: rupiahOf(p.payment.amount),
    currency_code: p.payment.currency_code,
    ...(p.transfer ? { transfer: transferInstructions(p.transfer) } : {}),
  }
}

/** What staff see of a payment (portal and admin): the store's view flattened, plus the order's total, the flags
 * (open and resolved) and the dates. The transfer fields are null for another provider. */
export function toStaffTransfer(p: OrderPayment) {
  const instructions = p.transfer ? transferInstructions(p.transfer) : null
  return {
    order_id: p.order.id,
    display_id: p.order.display_id,
    order_status: p.order.status,
    payment_id: p.payment.id,
    provider_id: p.payment.provider_id,
    status: p.status,
    amount: rupiahOf(p.payment.amount),
    amount_due: p.total,
    currency_code: p.payment.currency_code,
    reference: instructions?.reference ?? null,
    bank_name: instructions?.bank_name ?? null,
    account_number: instructions?.account_number ?? null,
    account_holder: instructions?.account_holder ?? null,
    expires_at: instructions?.expires_at ?? null,
    captured_at: p.payment.captured_at ?? null,
    canceled_at: p.payment.canceled_at ?? p.order.canceled_at ?? null,
    flags: p.flags.map((f) => ({
      id: f.id,
      reason: f.reason,
      expected_amount: f.expected_amount,
      received_amount: f.received_amount,
      note: f.note,
      created_at: f.created_at,
      resolved_at: f.resolved_at,
      resolution: f.resolution,
    })),
  }
}
export type StaffTransfer = ReturnType<typeof toStaffTransfer>

import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { PaymentFlag } from "./models/payment-flag"

export type FlagReason = "amount_mismatch" | "unknown_payment" | "other"

export type FlagPaymentInput = {
  payment_id: string
  /** the payment's provider, e.g. `pp_bank-transfer_bank-transfer` or `pp_stripe_stripe` */
  provider_id: string
  reason: FlagReason
  order_id?: string | null
  /** whole rupiah: what the order expects */
  expected_amount?: number | null
  /** whole rupiah: what arrived (the transfer, the Stripe event) */
  received_amount?: number | null
  note?: string | null
  /** who or what raised it: a staff/user id, or e.g. "stripe-webhook" */
  recorded_by?: string | null
}

/** A flag as the service returns it: amounts as plain numbers (whole rupiah). */
export type PaymentFlagDTO = {
  id: string
  payment_id: string
  order_id: string | null
  provider_id: string
  reason: FlagReason
  expected_amount: number | null
  received_amount: number | null
  note: string | null
  recorded_by: string | null
  resolved_at: Date | null
  resolved_by: string | null
  resolution: string | null
  created_at: Date
}

const num = (v: unknown): number | null => {
  if (v === null || v === undefined) return null
  if (typeof v === "object") {
    const o = v as { numeric?: number; value?: string | number }
    return Number(o.numeric ?? o.value)
  }
  return Number(v)
}

const toDTO = (row: Record<string, unknown>): PaymentFlagDTO => ({
  id: row.id as string,
  payment_id: row.payment_id as string,
  order_id: (row.order_id as string | null) ?? null,
  provider_id: row.provider_id as string,
  reason: row.reason as FlagReason,
  expected_amount: num(row.expected_amount),
  received_amount: num(row.received_amount),
  note: (row.note as string | null) ?? null,
  recorded_by: (row.recorded_by as string | null) ?? null,
  resolved_at: (row.resolved_at as Date | null) ?? null,
  resolved_by: (row.resolved_by as string | null) ?? null,
  resolution: (row.resolution as string | null) ?? null,
  created_at: row.created_at as Date,
})

type SqlManager = { getTransactionContext(): Knex.Transaction | undefined; getKnex(): Knex }
const knexOf = (ctx: Context): Knex => {
  const manager = (ctx.transactionManager ?? ctx.manager) as SqlManager
  return manager.getTransactionContext() ?? manager.getKnex()
}

/** Payment flags for staff. */
export default class KaryaPaymentsModuleService extends MedusaService({ PaymentFlag }) {
  /** Flags a payment for staff. The same problem reported again (same payment, reason and received amount, still
   * open) returns the open flag instead of a second one, so a replayed event or a repeated confirm flags once (under
   * a lock per payment, also when they arrive at the same moment). */
  @InjectTransactionManager()
  async flagPayment(input: FlagPaymentInput, @MedusaContext() ctx: Context = {}): Promise<PaymentFlagDTO> {
    // one writer per payment at a time, across processes: the same event delivered 20 times at once flags once
    await knexOf(ctx).raw("select pg_advisory_xact_lock(hashtext(?))", [`payment_flag:${input.payment_id}`])
    const open = await this.listPaymentFlags({ payment_id: input.payment_id, reason: input.reason, resolved_at: null }, {}, ctx)
    const same = open.find((f) => num(f.received_amount) === (input.received_amount ?? null))
    if (same) return toDTO(same as unknown as Record<string, unknown>)
    const created = await this.createPaymentFlags(
      {
        payment_id: input.payment_id,
        provider_id: input.provider_id,
        reason: input.reason,
        order_id: input.order_id ?? null,
        expected_amount: input.expected_amount ?? null,
        received_amount: input.received_amount ?? null,
        note: input.note ?? null,
        recorded_by: input.recorded_by ?? null,
      },
      ctx
    )
    return toDTO(created as unknown as Record<string, unknown>)
  }

  /** Open flags (not resolved), newest first; narrowed to some payments or orders when asked. */
  @InjectManager()
  async listOpenFlags(
    filter: { payment_id?: string | string[]; order_id?: string | string[] } = {},
    @MedusaContext() ctx: Context = {}
  ): Promise<PaymentFlagDTO[]> {
    const rows = await this.listPaymentFlags({ ...filter, resolved_at: null }, { order: { created_at: "DESC" } }, ctx)
    return rows.map((r) => toDTO(r as unknown as Record<string, unknown>))
  }

  /** Every flag of some orders (open and resolved), newest first: the history staff see on an order. */
  @InjectManager()
  async listFlagsOfOrders(orderIds: string[], @MedusaContext() ctx: Context = {}): Promise<PaymentFlagDTO[]> {
    if (!orderIds.length) return []
    const rows = await this.listPaymentFlags({ order_id: orderIds }, { order: { created_at: "DESC" } }, ctx)
    return rows.map((r) => toDTO(r as unknown as Record<string, unknown>))
  }

  /** Resolves the open flags of a payment (e.g. it was captured after all). Returns how many were open. */
  @InjectTransactionManager()
  async resolveFlags(
    paymentId: string,
    resolution: { resolved_by?: string | null; resolution: string },
    @MedusaContext() ctx: Context = {}
  ): Promise<number> {
    const open = await this.listPaymentFlags({ payment_id: paymentId, resolved_at: null }, { select: ["id"] }, ctx)
    if (!open.length) return 0
    await this.updatePaymentFlags(
      open.map((f) => ({ id: f.id, resolved_at: new Date(), resolved_by: resolution.resolved_by ?? null, resolution: resolution.resolution })),
      ctx
    )
    return open.length
  }
}

import type { UpdatePaymentDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RepairCaptureInput = { order_id: string; payment_id: string }

export type RepairCaptureResult = {
  /** the capture records covered the amount but the payment had no captured_at: set now */
  captured_at_set: boolean
  /** the payment collection's status was recomputed (it still said authorized after the capture) */
  collection_refreshed: boolean
  /** the order's payment transactions that were missing, one per capture, as capturePaymentWorkflow adds them */
  transactions: { order_id: string; amount: number; currency_code: string; reference: "capture"; reference_id: string }[]
  /** payment.captured to emit again: only for a payment that never got its captured_at (see below) */
  events: { id: string }[]
}

type PaymentRow = {
  id: string
  amount: number
  currency_code: string
  captured_at: string | Date | null
  canceled_at: string | Date | null
  payment_collection?: { id: string; status: string } | null
  captures?: { id: string; amount: number }[] | null
}

/**
 * Finishes a capture that a crash cut in half. Medusa's capture is not one transaction: the payment module writes
 * the capture record, then (in a later transaction) sets `payment.captured_at` and the collection's status; then
 * capturePaymentWorkflow adds the order's payment transaction in a later step and emits payment.captured at its end.
 * A kill in between leaves a capture that our readers count as paid but nothing else knows about. Run under the
 * order's transfer lock (the only place bank transfers are captured), so no capture of this order is in flight.
 *
 * payment.captured is emitted again only when captured_at was missing: such a payment was never announced and the
 * ledger's repair (which scans captured_at) could not see it. When captured_at was set, the event may be lost too,
 * but the ledger's scheduled repair finds that payment; emitting here as well would only race it.
 */
export const repairCaptureStep = createStep(
  "karya-repair-capture",
  async (input: RepairCaptureInput, { container }): Promise<StepResponse<RepairCaptureResult>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "payment",
      fields: ["id", "amount", "currency_code", "captured_at", "canceled_at", "payment_collection.id", "payment_collection.status", "captures.id", "captures.amount"],
      filters: { id: input.payment_id },
    })
    const payment = (data as unknown as PaymentRow[])[0]
    const none: RepairCaptureResult = { captured_at_set: false, collection_refreshed: false, transactions: [], events: [] }
    const captures = payment?.captures ?? []
    if (!payment || payment.canceled_at || !captures.length) return new StepResponse(none)

    const result = { ...none }
    const captured = captures.reduce((s, c) => MathBN.add(s, MathBN.convert(c.amount as never)), MathBN.convert(0))
    if (MathBN.gte(captured, MathBN.convert(payment.amount as never))) {
      const paymentModule = container.resolve(Modules.PAYMENT)
      if (!payment.captured_at) {
        // what capturePaymentFromProvider_ would have written (the type lists only `id`; the module updates the fields given)
        await paymentModule.updatePayment({ id: payment.id, captured_at: new Date() } as UpdatePaymentDTO)
        result.captured_at_set = true
        result.events = [{ id: payment.id }]
      }
      if (result.captured_at_set || payment.payment_collection?.status !== "completed") {
        // With captured_at set, Medusa's capturePayment captures nothing more (no new record, no provider call) and
        // only recomputes the collection's status by its own rules: the step the crash skipped.
        await paymentModule.capturePayment({ payment_id: payment.id })
        result.collection_refreshed = true
      }
    }

    const orderModule = container.resolve(Modules.ORDER)
    const existing = await orderModule.listOrderTransactions(
      { order_id: input.order_id, reference: "capture", reference_id: captures.map((c) => c.id) },
      { select: ["reference_id"] }
    )
    const have = new Set(existing.map((t) => t.reference_id))
    result.transactions = captures
      .filter((c) => !have.has(c.id))
      .map((c) => ({
        order_id: input.order_id,
        amount: Number(c.amount),
        currency_code: payment.currency_code,
        reference: "capture" as const,
        reference_id: c.id,
      }))
    return new StepResponse(result)
  }
)

export const repairedAnything = (r: RepairCaptureResult) => r.captured_at_set || r.collection_refreshed || r.transactions.length > 0

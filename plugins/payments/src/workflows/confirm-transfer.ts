import { randomUUID } from "node:crypto"
import { createWorkflow, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { decideTransferConfirmStep, mismatchMessage, type ConfirmTransferInput } from "./steps/decide-transfer-confirm"
import { flagPaymentStep } from "./steps/flag-payment"
import { transferLockKey } from "../lib/transfer-lock"
import { repairCaptureSteps } from "./repair-capture"
import { resolvePaymentFlagsStep } from "./steps/resolve-payment-flags"

export type { ConfirmTransferInput } from "./steps/decide-transfer-confirm"
export { mismatchMessage } from "./steps/decide-transfer-confirm"

export { transferLockKey } from "../lib/transfer-lock"

export type ConfirmTransferResult = {
  /** captured now; already captured before (nothing new); or flagged (amount differs, not captured) */
  outcome: "captured" | "already_captured" | "flagged"
  order_id: string
  display_id: number
  payment_id: string
  expected_amount: number
  received_amount: number
  flag_id: string | null
  /** for `flagged`: the 409 message, naming `amount_received` */
  message: string | null
}

/**
 * Staff confirm that a bank transfer arrived. Under a lock per order: the exact total → the payment is captured
 * through Medusa's capture workflow (payment.captured → the revenue split), and open flags are resolved; already
 * captured → nothing new, except that a capture a crash cut in half is finished (steps/repair-capture.ts); another
 * amount → the payment is flagged for staff and not captured. Used by the portal (managers, their facility's orders)
 * and the admin route (operators), and by the demo seed.
 */
export const confirmTransferWorkflow = createWorkflow(
  "karya-confirm-transfer",
  (input: WorkflowData<ConfirmTransferInput>) => {
    const key = transform({ input }, ({ input }) => transferLockKey(input.order_id))
    const ownerId = transform({ input }, () => `confirm-transfer:${randomUUID()}`)
    acquireLockStep({ key, ownerId, timeout: 60, ttl: 120 })

    const decision = decideTransferConfirmStep(input)

    when("capture-confirmed-transfer", { decision }, ({ decision }) => decision.outcome === "capture").then(() => {
      const captureInput = transform({ decision, input }, ({ decision, input }) => ({
        payment_id: decision.payment_id,
        captured_by: input.confirmed_by,
      }))
      capturePaymentWorkflow.runAsStep({ input: captureInput })
      const resolve = transform({ decision, input }, ({ decision, input }) => ({
        payment_id: decision.payment_id,
        resolved_by: input.confirmed_by,
        resolution: `captured: the transfer of the order's total was confirmed`,
      }))
      resolvePaymentFlagsStep(resolve)
    })

    // Already captured: finish what a crash may have cut off after the capture record (captured_at, the order's
    // transaction, payment.captured); nothing happens for a capture that completed.
    when("repair-interrupted-capture", { decision }, ({ decision }) => decision.outcome === "already_captured").then(() => {
      repairCaptureSteps(transform({ decision }, ({ decision }) => ({ order_id: decision.order_id, payment_id: decision.payment_id })))
    })

    const flag = when("flag-transfer-mismatch", { decision }, ({ decision }) => decision.outcome === "flag").then(() => {
      const flagInput = transform({ decision, input }, ({ decision, input }) => ({
        payment_id: decision.payment_id,
        order_id: decision.order_id,
        provider_id: decision.provider_id,
        reason: "amount_mismatch" as const,
        expected_amount: decision.expected_amount,
        received_amount: decision.received_amount,
        recorded_by: input.confirmed_by,
        note: "bank transfer confirmed with another amount than the order's total",
      }))
      return flagPaymentStep(flagInput)
    })

    releaseLockStep({ key, ownerId })

    const result = transform({ decision, flag }, ({ decision, flag }): ConfirmTransferResult => ({
      outcome: decision.outcome === "capture" ? "captured" : decision.outcome === "flag" ? "flagged" : "already_captured",
      order_id: decision.order_id,
      display_id: decision.display_id,
      payment_id: decision.payment_id,
      expected_amount: decision.expected_amount,
      received_amount: decision.received_amount,
      flag_id: flag?.id ?? null,
      message: decision.outcome === "flag" ? mismatchMessage(decision) : null,
    }))
    return new WorkflowResponse(result)
  }
)

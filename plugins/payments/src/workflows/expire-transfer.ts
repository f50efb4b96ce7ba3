import { randomUUID } from "node:crypto"
import { createWorkflow, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { transferLockKey } from "./confirm-transfer"
import { checkTransferExpiredStep } from "./steps/check-transfer-expired"
import { markTransferExpiredStep } from "./steps/mark-transfer-expired"

/**
 * Cancels an order whose bank transfer never came: under the same lock as a confirm, if it is still unpaid and past
 * its deadline, Medusa's cancel-order workflow cancels the order and its payment and releases the reserved stock.
 * Returns whether it canceled.
 */
export const expireTransferWorkflow = createWorkflow(
  "karya-expire-transfer",
  (input: WorkflowData<{ order_id: string; now?: string }>) => {
    const key = transform({ input }, ({ input }) => transferLockKey(input.order_id))
    const ownerId = transform({ input }, () => `expire-transfer:${randomUUID()}`)
    acquireLockStep({ key, ownerId, timeout: 60, ttl: 120 })
    const checkInput = transform({ input }, ({ input }) => ({ order_id: input.order_id, now: input.now ?? new Date().toISOString() }))
    const check = checkTransferExpiredStep(checkInput)
    when("cancel-expired-transfer", { check }, ({ check }) => check.expired).then(() => {
      const mark = transform({ check, checkInput }, ({ check, checkInput }) => ({ payment_id: check.payment_id, expired_at: checkInput.now }))
      markTransferExpiredStep(mark)
      const cancelInput = transform({ input }, ({ input }) => ({ order_id: input.order_id }))
      cancelOrderWorkflow.runAsStep({ input: cancelInput })
    })
    releaseLockStep({ key, ownerId })
    return new WorkflowResponse(transform({ check }, ({ check }) => ({ canceled: check.expired, display_id: check.display_id })))
  }
)

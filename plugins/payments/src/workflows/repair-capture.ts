import { randomUUID } from "node:crypto"
import { PaymentEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, addOrderTransactionStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { transferLockKey } from "../lib/transfer-lock"
import { repairCaptureStep, repairedAnything, type RepairCaptureInput } from "./steps/repair-capture"

export type { RepairCaptureInput, RepairCaptureResult } from "./steps/repair-capture"

/**
 * The repair of a capture cut in half by a crash, as steps of the calling workflow (the caller holds the order's
 * transfer lock): captured_at and the collection's status, the missing order transactions (Medusa's own idempotent
 * step, as capturePaymentWorkflow adds them), payment.captured again when the payment had never been announced.
 */
export function repairCaptureSteps(input: WorkflowData<RepairCaptureInput>) {
  const repair = repairCaptureStep(input)
  addOrderTransactionStep(transform({ repair }, ({ repair }) => repair.transactions))
  // an empty list emits nothing
  emitEventStep({ eventName: PaymentEvents.CAPTURED, data: transform({ repair }, ({ repair }) => repair.events) })
  return transform({ repair }, ({ repair }) => ({ ...repair, repaired: repairedAnything(repair) }))
}

/** The same repair on its own, under the order's transfer lock: what the scheduled job runs. */
export const repairCaptureWorkflow = createWorkflow("karya-repair-capture", (input: WorkflowData<RepairCaptureInput>) => {
  const key = transform({ input }, ({ input }) => transferLockKey(input.order_id))
  const ownerId = transform({ input }, () => `repair-capture:${randomUUID()}`)
  acquireLockStep({ key, ownerId, timeout: 60, ttl: 120 })
  const result = repairCaptureSteps(input)
  releaseLockStep({ key, ownerId })
  return new WorkflowResponse(result)
})

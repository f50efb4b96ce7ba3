import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Records on the payment (its `data.expired_at`) that its transfer expired, so a late confirm can say why the order
 * was canceled. The compensation puts the previous data back. */
export const markTransferExpiredStep = createStep(
  "karya-mark-transfer-expired",
  async (input: { payment_id: string; expired_at: string }, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const [payment] = await payments.listPayments({ id: input.payment_id }, { select: ["id", "data"] })
    const previous = (payment?.data ?? {}) as Record<string, unknown>
    // the module's update takes any payment column; its DTO type only names `id`
    await payments.updatePayment({ id: input.payment_id, data: { ...previous, expired_at: input.expired_at } } as never)
    return new StepResponse(undefined, { payment_id: input.payment_id, data: previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.PAYMENT).updatePayment({ id: undo.payment_id, data: undo.data } as never)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderPayment } from "../../lib/order-payment"

/** Under the lock: is the order's bank transfer still unpaid (no capture, no flag waiting for staff, not canceled)
 * and past its deadline? Answered again here because a manager may have confirmed it a moment ago. */
export const checkTransferExpiredStep = createStep(
  "karya-check-transfer-expired",
  async (input: { order_id: string; now: string }, { container }) => {
    const p = await loadOrderPayment(container, input.order_id)
    const expired =
      p.status === "awaiting" && p.transfer !== null && new Date(p.transfer.expires_at).getTime() <= new Date(input.now).getTime()
    return new StepResponse({ expired, payment_id: p.payment.id, display_id: p.order.display_id })
  }
)

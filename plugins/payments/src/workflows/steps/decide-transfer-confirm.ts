import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { facilityShareOf } from "../../lib/facility-scope"
import { loadOrderPayment } from "../../lib/order-payment"
import { formatRupiah } from "../../lib/rupiah"
import { BANK_TRANSFER_PROVIDER_ID } from "../../lib/transfer"

export type ConfirmTransferInput = {
  order_id: string
  /** whole rupiah that arrived on the account */
  amount_received: number
  /** who confirms: a facility staff id (portal) or an admin user id */
  confirmed_by: string
  /** set by the portal route: the order must consist of this facility's goods only */
  facility_id?: string
}

export type TransferDecision = {
  outcome: "capture" | "already_captured" | "flag"
  order_id: string
  display_id: number
  payment_id: string
  provider_id: string
  expected_amount: number
  received_amount: number
}

const day = (d: string | Date) => new Date(d).toISOString().slice(0, 10)

/** Reads the order and its payment (under the workflow's lock) and decides: capture, nothing (already captured) or
 * flag. Refuses what cannot be confirmed: another facility's order (404), an order with other facilities' goods
 * for a manager (403), a payment that is not a bank transfer, a canceled order (409). */
export const decideTransferConfirmStep = createStep(
  "karya-decide-transfer-confirm",
  async (input: ConfirmTransferInput, { container }): Promise<StepResponse<TransferDecision>> => {
    const found = await loadOrderPayment(container, input.order_id)
    const { order, payment } = found
    if (input.facility_id) {
      const share = await facilityShareOf(container, order, input.facility_id)
      if (share === "none") throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${order.id} was not found`)
      if (share === "some") throw new MedusaError(MedusaError.Types.FORBIDDEN, otherFacilitiesMessage(order.display_id))
    }
    if (payment.provider_id !== BANK_TRANSFER_PROVIDER_ID) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Order #${order.display_id} is not paid by bank transfer (${payment.provider_id}): there is no transfer to confirm`
      )
    }
    const decision = {
      order_id: order.id,
      display_id: order.display_id,
      payment_id: payment.id,
      provider_id: payment.provider_id,
      expected_amount: found.total,
      received_amount: input.amount_received,
    }
    if (found.status === "paid" || found.status === "refunded") return new StepResponse({ ...decision, outcome: "already_captured" as const })
    if (found.status === "expired") {
      const expiredAt = found.transfer?.expired_at
      const canceledAt = payment.canceled_at ?? order.canceled_at
      const why = expiredAt
        ? ` because its transfer expired (deadline ${day(found.transfer!.expires_at)})`
        : canceledAt
          ? ` on ${day(canceledAt)}`
          : ""
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Order #${order.display_id} was canceled${why}: the transfer can no longer be confirmed. If the money arrived, send it back to the buyer.`
      )
    }
    if (input.amount_received !== found.total) {
      return new StepResponse({ ...decision, outcome: "flag" as const })
    }
    return new StepResponse({ ...decision, outcome: "capture" as const })
  }
)

export const mismatchMessage = (d: Pick<TransferDecision, "display_id" | "expected_amount" | "received_amount">) =>
  `amount_received: ${formatRupiah(d.received_amount)} is not the total of order #${d.display_id} (${formatRupiah(d.expected_amount)}): the payment is flagged for staff and not captured`

export const otherFacilitiesMessage = (displayId: number) =>
  `Order #${displayId} also has goods of other facilities: its transfer is confirmed by the platform operator in Medusa Admin`

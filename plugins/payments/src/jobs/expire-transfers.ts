import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER_ID, isTransferData } from "../lib/transfer"
import { expireTransferWorkflow } from "../workflows/expire-transfer"

/**
 * Cancels the orders whose bank transfer is unpaid past its deadline (`expires_at` of the payment, set when the order
 * was placed: KARYA_TRANSFER_EXPIRY_HOURS after it): the order and its payment are canceled and the reserved stock is
 * released. An order that cannot be canceled (e.g. staff already fulfilled it) is left alone and logged.
 */
export async function expireUnpaidTransfers(container: MedusaContainer, now = new Date()) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "data", "payment_collection.order.id", "payment_collection.order.status"],
    filters: { provider_id: BANK_TRANSFER_PROVIDER_ID, captured_at: null, canceled_at: null },
  })
  type Row = { id: string; data: unknown; payment_collection?: { order?: { id: string; status: string } | null } | null }
  const due = (data as Row[]).filter(
    (p) =>
      p.payment_collection?.order?.id &&
      p.payment_collection.order.status !== "canceled" &&
      isTransferData(p.data) &&
      new Date(p.data.expires_at).getTime() <= now.getTime()
  )
  const canceled: number[] = []
  const failed: { order_id: string; message: string }[] = []
  for (const payment of due) {
    const orderId = payment.payment_collection!.order!.id
    try {
      const { result } = await expireTransferWorkflow(container).run({ input: { order_id: orderId, now: now.toISOString() } })
      if (result.canceled) canceled.push(result.display_id)
    } catch (error) {
      failed.push({ order_id: orderId, message: (error as Error).message })
      logger.warn(`payments: the unpaid transfer of order ${orderId} expired but the order could not be canceled: ${(error as Error).message}`)
    }
  }
  if (canceled.length) logger.info(`payments: canceled ${canceled.length} order(s) whose bank transfer expired: #${canceled.join(", #")}`)
  return { checked: due.length, canceled, failed }
}

export default async function expireTransfersJob(container: MedusaContainer) {
  // not inside test runs: the test database is restored under it (the tests call expireUnpaidTransfers themselves)
  if (process.env.NODE_ENV === "test") return
  await expireUnpaidTransfers(container)
}

export const config = { name: "payments-expire-transfers", schedule: "*/5 * * * *" }

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { repairCaptureWorkflow } from "../workflows/repair-capture"

/** How far back the repair looks (as the ledger's repair does). */
export const REPAIR_CAPTURE_DAYS = 7
/** A capture younger than this may still be in flight (a Stripe webhook captures outside the transfer lock): left for
 * the next run. */
export const REPAIR_CAPTURE_SETTLE_MS = 10 * 60 * 1000

type Row = {
  id: string
  amount: number
  captured_at: string | Date | null
  captures?: { id: string; amount: number; created_at: string | Date }[] | null
  payment_collection?: { order?: { id: string } | null } | null
}

/**
 * Finishes the captures a crash cut in half that nobody confirms again (see steps/repair-capture.ts): payments of an
 * order from the last week whose capture records cover the amount but have no captured_at, and captured payments
 * whose order misses the payment transaction of a capture. Each is repaired under the order's transfer lock.
 * `settleMs`: how old a capture must be (tests pass 0 after a restart, when nothing is in flight).
 */
export async function repairInterruptedCaptures(container: MedusaContainer, options: { now?: Date; settleMs?: number } = {}) {
  const now = options.now ?? new Date()
  const settledBefore = now.getTime() - (options.settleMs ?? REPAIR_CAPTURE_SETTLE_MS)
  const since = new Date(now.getTime() - REPAIR_CAPTURE_DAYS * 24 * 3600 * 1000)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const fields = ["id", "amount", "captured_at", "captures.id", "captures.amount", "captures.created_at", "payment_collection.order.id"]
  const [uncaptured, captured] = await Promise.all([
    query.graph({ entity: "payment", fields, filters: { captured_at: null, canceled_at: null, created_at: { $gte: since } } }),
    query.graph({ entity: "payment", fields, filters: { captured_at: { $gte: since } } }),
  ])
  const settled = (p: Row) =>
    !!p.payment_collection?.order?.id && (p.captures ?? []).length > 0 && (p.captures ?? []).every((c) => new Date(c.created_at).getTime() <= settledBefore)

  const candidates = new Map<string, Row>()
  for (const p of (uncaptured.data as unknown as Row[]).filter(settled)) {
    const sum = (p.captures ?? []).reduce((s, c) => MathBN.add(s, MathBN.convert(c.amount as never)), MathBN.convert(0))
    if (MathBN.gte(sum, MathBN.convert(p.amount as never))) candidates.set(p.id, p)
  }
  const withCaptures = (captured.data as unknown as Row[]).filter(settled)
  const captureIds = withCaptures.flatMap((p) => (p.captures ?? []).map((c) => c.id))
  if (captureIds.length) {
    const orderModule = container.resolve(Modules.ORDER)
    const existing = await orderModule.listOrderTransactions({ reference: "capture", reference_id: captureIds }, { select: ["reference_id"] })
    const have = new Set(existing.map((t) => t.reference_id))
    for (const p of withCaptures) if ((p.captures ?? []).some((c) => !have.has(c.id))) candidates.set(p.id, p)
  }

  const repaired: string[] = []
  const failed: { order_id: string; message: string }[] = []
  for (const p of candidates.values()) {
    const orderId = p.payment_collection!.order!.id
    try {
      const { result } = await repairCaptureWorkflow(container).run({ input: { order_id: orderId, payment_id: p.id } })
      if (result.repaired) repaired.push(orderId)
    } catch (error) {
      failed.push({ order_id: orderId, message: (error as Error).message })
      logger.warn(`payments: the interrupted capture of order ${orderId} could not be repaired: ${(error as Error).message}`)
    }
  }
  if (repaired.length) logger.warn(`payments: repaired ${repaired.length} capture(s) a crash interrupted: ${repaired.join(", ")}`)
  return { checked: candidates.size, repaired, failed }
}

export default async function repairCapturesJob(container: MedusaContainer) {
  // not inside test runs: the test database is restored under it (the tests call repairInterruptedCaptures themselves)
  if (process.env.NODE_ENV === "test") return
  await repairInterruptedCaptures(container)
}

export const config = { name: "payments-repair-captures", schedule: "*/10 * * * *" }

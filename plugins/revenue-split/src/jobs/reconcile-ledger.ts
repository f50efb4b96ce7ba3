import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVENUE_SPLIT_MODULE } from "../modules/revenue-split"
import type RevenueSplitModuleService from "../modules/revenue-split/service"
import { recordPaymentRefundsWorkflow, recordPaymentSplitWorkflow } from "../workflows/payment-split"

/** How far back the repair looks for captured payments. */
export const RECONCILE_DAYS = 7

/**
 * Repairs the ledger when an event was lost (a crash between the capture and its subscriber, an event bus down):
 * every payment captured in the last week whose sale or refunds are not in the ledger is split now. The workflows are
 * idempotent, so a payment the subscriber is handling at the same moment is still written once.
 */
export async function reconcileLedger(container: MedusaContainer, now = new Date()) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ledger: RevenueSplitModuleService = container.resolve(REVENUE_SPLIT_MODULE)
  const since = new Date(now.getTime() - RECONCILE_DAYS * 24 * 3600 * 1000)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "captured_at", "refunds.id", "payment_collection.order.id"],
    filters: { captured_at: { $gte: since } },
  })
  const payments = (data as { id: string; refunds?: { id: string }[]; payment_collection?: { order?: { id: string } | null } | null }[])
    .filter((p) => p.payment_collection?.order?.id)
  const recorded = await ledger.recordedPayments(payments.map((p) => p.id))
  let sales = 0
  let refunds = 0
  for (const payment of payments) {
    if (!recorded.sales.has(payment.id)) {
      const { result } = await recordPaymentSplitWorkflow(container).run({ input: { payment_id: payment.id } })
      if (result.written) sales++
    }
    if ((payment.refunds ?? []).some((r) => !recorded.refunds.has(r.id))) {
      const { result } = await recordPaymentRefundsWorkflow(container).run({ input: { payment_id: payment.id } })
      if (result.written) refunds++
    }
  }
  if (sales || refunds) logger.warn(`revenue-split: repaired the ledger: ${sales} sale(s) and ${refunds} refund(s) whose events were lost`)
  return { checked: payments.length, sales, refunds }
}

export default async function reconcileLedgerJob(container: MedusaContainer) {
  // not inside test runs: the test database is restored under it (the tests call reconcileLedger themselves)
  if (process.env.NODE_ENV === "test") return
  await reconcileLedger(container)
}

export const config = { name: "revenue-split-reconcile-ledger", schedule: "*/15 * * * *" }

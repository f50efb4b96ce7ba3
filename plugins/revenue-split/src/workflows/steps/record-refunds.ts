import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rupiahOf } from "../../lib/rupiah-of"
import { REVENUE_SPLIT_MODULE } from "../../modules/revenue-split"
import type RevenueSplitModuleService from "../../modules/revenue-split/service"

/** Writes the reversal of every refund of the payment not yet in the ledger, in the order they were made. Each is
 * written once (see `recordRefund`). No compensation: the ledger is append-only. */
export const recordRefundsStep = createStep("record-refunds", async (input: { payment_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "refunds.id", "refunds.amount", "refunds.created_at"],
    filters: { id: input.payment_id },
  })
  const refunds = ((data[0] as { refunds?: { id: string; amount: BigNumberInput; created_at: Date }[] } | undefined)?.refunds ?? [])
    .slice()
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id))
  const ledger: RevenueSplitModuleService = container.resolve(REVENUE_SPLIT_MODULE)
  let written = 0
  for (const refund of refunds) {
    written += await ledger.recordRefund({
      payment_id: input.payment_id,
      refund_id: refund.id,
      amount: rupiahOf(refund.amount),
      occurred_at: new Date(refund.created_at),
    })
  }
  return new StepResponse({ written })
})

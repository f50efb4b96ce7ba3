import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVENUE_SPLIT_MODULE } from "../../modules/revenue-split"
import type RevenueSplitModuleService from "../../modules/revenue-split/service"
import type { SaleLine } from "../../modules/revenue-split/service"

/** Writes the sale entries. No compensation: it is the last step, and the ledger is append-only. */
export const recordSaleStep = createStep(
  "record-sale",
  async (input: { payment_id: string; occurred_at: Date; lines: SaleLine[] } | null, { container }) => {
    if (!input) return new StepResponse({ written: 0 })
    const ledger: RevenueSplitModuleService = container.resolve(REVENUE_SPLIT_MODULE)
    return new StepResponse({ written: await ledger.recordSale(input) })
  }
)

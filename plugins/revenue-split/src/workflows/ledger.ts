import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { REVENUE_SPLIT_MODULE } from "../modules/revenue-split"
import type RevenueSplitModuleService from "../modules/revenue-split/service"
import type { PayoutMethod } from "../modules/revenue-split/service"

export type PayoutInput = {
  facility_id: string
  participant_id: string
  amount: number
  method: PayoutMethod
  note?: string | null
  recorded_by?: string | null
}
export type TemplateInput = {
  facility_id: string
  premi_bps: number
  pnbp_bps: number
  capital_bps: number
  platform_bps: number
  note?: string | null
  recorded_by?: string | null
}

const recordPayoutStep = createStep("record-payout", async (input: PayoutInput, { container }) => {
  const ledger: RevenueSplitModuleService = container.resolve(REVENUE_SPLIT_MODULE)
  return new StepResponse(await ledger.recordPayout(input))
})

const recordTemplateStep = createStep("record-split-template", async (input: TemplateInput, { container }) => {
  const ledger: RevenueSplitModuleService = container.resolve(REVENUE_SPLIT_MODULE)
  return new StepResponse(await ledger.recordTemplate(input))
})

/** Premi paid out of a participant's balance (never above it). */
export const recordPayoutWorkflow = createWorkflow("record-payout", (input: PayoutInput) => {
  return new WorkflowResponse(recordPayoutStep(input))
})

/** A new version of a facility's split template, for payments captured from now on. */
export const recordSplitTemplateWorkflow = createWorkflow("record-split-template", (input: TemplateInput) => {
  return new WorkflowResponse(recordTemplateStep(input))
})

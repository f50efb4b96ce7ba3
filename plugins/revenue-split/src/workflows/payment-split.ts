import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadPaymentSaleStep } from "./steps/load-payment-sale"
import { recordRefundsStep } from "./steps/record-refunds"
import { recordSaleStep } from "./steps/record-sale"

/** A captured payment → the split of each of its order's line items into the ledger, once however often it runs. */
export const recordPaymentSplitWorkflow = createWorkflow("record-payment-split", (input: { payment_id: string }) => {
  const sale = loadPaymentSaleStep(input)
  return new WorkflowResponse(recordSaleStep(sale))
})

/** A refunded payment → the reversal of each of its refunds, once however often it runs. */
export const recordPaymentRefundsWorkflow = createWorkflow("record-payment-refunds", (input: { payment_id: string }) => {
  return new WorkflowResponse(recordRefundsStep(input))
})

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { replaceMakerCreditsStep, type ReplaceMakerCreditsInput } from "./steps/replace-maker-credits"

export const setMakerCreditsWorkflow = createWorkflow("set-maker-credits", (input: ReplaceMakerCreditsInput) => {
  return new WorkflowResponse(replaceMakerCreditsStep(input))
})

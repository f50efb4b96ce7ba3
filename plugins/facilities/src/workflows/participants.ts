import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createParticipantsStep, type CreateParticipantInput } from "./steps/create-participants"
import { updateParticipantStep, type UpdateParticipantInput } from "./steps/update-participant"

export const createParticipantsWorkflow = createWorkflow(
  "create-participants",
  (input: { participants: CreateParticipantInput[] }) => {
    return new WorkflowResponse(createParticipantsStep(input.participants))
  }
)

export const updateParticipantWorkflow = createWorkflow("update-participant", (input: UpdateParticipantInput) => {
  return new WorkflowResponse(updateParticipantStep(input))
})

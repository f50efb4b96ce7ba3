import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FACILITIES_MODULE } from "../../modules/facilities"
import type FacilitiesModuleService from "../../modules/facilities/service"

export type UpdateParticipantInput = { id: string } & Partial<{
  display_name: string
  legal_name: string
  registration_number: string
  skills: string[]
  story_id: string | null
  story_en: string | null
  consent_display_name: boolean
  consent_story: boolean
  consent_given_at: Date | null
  consent_withdrawn_at: Date | null
  status: "active" | "released" | "transferred"
  status_changed_at: Date | null
}>

export const updateParticipantStepId = "update-participant"

export const updateParticipantStep = createStep(
  updateParticipantStepId,
  async (input: UpdateParticipantInput, { container }) => {
    const service: FacilitiesModuleService = container.resolve(FACILITIES_MODULE)
    const fields = Object.keys(input).filter((k) => k !== "id")
    const before = await service.retrieveParticipant(input.id, { select: ["id", ...fields] as never })
    const updated = await service.updateParticipants(input)
    return new StepResponse(updated, before as unknown as UpdateParticipantInput)
  },
  async (before, { container }) => {
    if (!before) return
    const service: FacilitiesModuleService = container.resolve(FACILITIES_MODULE)
    await service.updateParticipants(before)
  }
)

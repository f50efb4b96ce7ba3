import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FACILITIES_MODULE } from "../../modules/facilities"
import type FacilitiesModuleService from "../../modules/facilities/service"

export type CreateParticipantInput = {
  facility_id: string
  display_name: string
  legal_name: string
  registration_number: string
  skills?: string[]
  story_id?: string | null
  story_en?: string | null
  joined_at?: Date | null
  consent_display_name?: boolean
  consent_story?: boolean
  consent_given_at?: Date | null
}

export const createParticipantsStepId = "create-participants"

export const createParticipantsStep = createStep(
  createParticipantsStepId,
  async (input: CreateParticipantInput[], { container }) => {
    const service: FacilitiesModuleService = container.resolve(FACILITIES_MODULE)
    const participants = await service.createParticipants(input)
    return new StepResponse(participants, participants.map((p) => p.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: FacilitiesModuleService = container.resolve(FACILITIES_MODULE)
    await service.deleteParticipants(ids)
  }
)

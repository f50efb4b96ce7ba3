import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MOTIF_IP_MODULE } from "../../modules/motif-ip"
import type MotifIpModuleService from "../../modules/motif-ip/service"
import { assertNumbersFree } from "./numbers"

export type MotifInput = {
  title: string
  description_id?: string
  description_en?: string
  image?: string | null
  status?: "draft" | "applied" | "registered" | "expired"
  application_number?: string | null
  registration_number?: string | null
  work_type?: string
  first_published_at?: Date | null
  first_published_place?: string | null
  holder_kind?: "facility" | "participant" | "organisation"
  holder_participant_id?: string | null
  holder_organisation?: string | null
  royalty_bps?: number
  credit_required?: boolean
  other_facilities_allowed?: boolean
}
export type CreatorInput = { participant_id: string; share: number }

export const createMotifStepId = "create-motif"

export const createMotifStep = createStep(
  createMotifStepId,
  async (input: { motif: MotifInput; creators: CreatorInput[] }, { container }) => {
    const service: MotifIpModuleService = container.resolve(MOTIF_IP_MODULE)
    await assertNumbersFree(service, input.motif)
    const motif = await service.createMotifs({ ...input.motif, creators: input.creators } as never)
    return new StepResponse(motif, motif.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: MotifIpModuleService = container.resolve(MOTIF_IP_MODULE)
    await service.deleteMotifs(id)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { FACILITIES_MODULE } from "../../modules/facilities"
import type FacilitiesModuleService from "../../modules/facilities/service"

export type MakerShare = { participant_id: string; weight: number }
export type ReplaceMakerCreditsInput = { product_id: string; facility_id: string; makers: MakerShare[] }

export const replaceMakerCreditsStepId = "replace-maker-credits"

/** Makes `makers` the product's maker credits. Every maker must be a participant of the product's facility. */
export const replaceMakerCreditsStep = createStep(
  replaceMakerCreditsStepId,
  async ({ product_id, facility_id, makers }: ReplaceMakerCreditsInput, { container }) => {
    const service: FacilitiesModuleService = container.resolve(FACILITIES_MODULE)
    const ids = [...new Set(makers.map((m) => m.participant_id))]
    if (ids.length !== makers.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "makers: a participant is listed more than once")
    }
    if (ids.length) {
      const found = await service.listParticipants({ id: ids, facility_id }, { select: ["id"] })
      const missing = ids.filter((id) => !found.some((p) => p.id === id))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `makers: participant ${missing.join(", ")} is not a participant of this facility`
        )
      }
    }
    const previous = await service.listMakerCredits({ product_id }, { select: ["participant_id", "weight"] })
    if (previous.length) await service.deleteMakerCredits(previous.map((c) => c.id))
    const created = makers.length
      ? await service.createMakerCredits(makers.map((m) => ({ product_id, participant_id: m.participant_id, weight: m.weight })))
      : []
    return new StepResponse(created, {
      product_id,
      previous: previous.map((c) => ({ participant_id: (c as { participant_id: string }).participant_id, weight: c.weight })),
      createdIds: created.map((c) => c.id),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: FacilitiesModuleService = container.resolve(FACILITIES_MODULE)
    if (undo.createdIds.length) await service.deleteMakerCredits(undo.createdIds)
    if (undo.previous.length) {
      await service.createMakerCredits(undo.previous.map((m) => ({ product_id: undo.product_id, ...m })))
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MOTIF_IP_MODULE } from "../../modules/motif-ip"
import type MotifIpModuleService from "../../modules/motif-ip/service"
import type { CreatorInput, MotifInput } from "./create-motif"
import { assertNumbersFree } from "./numbers"

export const updateMotifStepId = "update-motif"

/** Edits a motif and, when `creators` is given, replaces its creators. Compensation restores both. */
export const updateMotifStep = createStep(
  updateMotifStepId,
  async (input: { id: string; motif: Partial<MotifInput>; creators?: CreatorInput[] }, { container }) => {
    const service: MotifIpModuleService = container.resolve(MOTIF_IP_MODULE)
    await assertNumbersFree(service, input.motif, input.id)
    const before = await service.retrieveMotif(input.id, { relations: ["creators"] })
    const fields = Object.keys(input.motif)
    const previous = Object.fromEntries(fields.map((f) => [f, (before as Record<string, unknown>)[f]]))
    await service.updateMotifs({ id: input.id, ...input.motif } as never)
    if (input.creators) {
      if (before.creators?.length) await service.deleteMotifCreators(before.creators.map((c) => c.id))
      if (input.creators.length) await service.createMotifCreators(input.creators.map((c) => ({ ...c, motif_id: input.id })) as never)
    }
    return new StepResponse(input.id, {
      id: input.id,
      previous,
      creators: input.creators ? (before.creators ?? []).map((c) => ({ participant_id: c.participant_id, share: c.share })) : null,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: MotifIpModuleService = container.resolve(MOTIF_IP_MODULE)
    await service.updateMotifs({ id: undo.id, ...undo.previous } as never)
    if (undo.creators) {
      const current = await service.listMotifCreators({ motif_id: undo.id }, { select: ["id"] })
      if (current.length) await service.deleteMotifCreators(current.map((c) => c.id))
      if (undo.creators.length) await service.createMotifCreators(undo.creators.map((c) => ({ ...c, motif_id: undo.id })) as never)
    }
  }
)

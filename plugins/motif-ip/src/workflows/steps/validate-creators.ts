import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const validateCreatorsStepId = "validate-motif-creators"

/** Creators (and a participant holder) must be participants of the motif's facility. */
export const validateCreatorsStep = createStep(
  validateCreatorsStepId,
  async (input: { facility_id: string; participant_ids: string[] }, { container }) => {
    const ids = [...new Set(input.participant_ids.filter(Boolean))]
    if (!ids.length) return new StepResponse(true)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "participant", fields: ["id", "facility_id"], filters: { id: ids } })
    const foreign = ids.filter((id) => !data.some((p) => p.id === id && p.facility_id === input.facility_id))
    if (foreign.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `creators: ${foreign.join(", ")} is not a participant of the motif's facility`)
    }
    return new StepResponse(true)
  }
)

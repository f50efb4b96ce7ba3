import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const checkMotifUseStepId = "check-motif-use"

/** The licence rule: a product may use a motif of its own facility, or of another facility only when the motif's
 * terms allow other facilities. */
export const checkMotifUseStep = createStep(
  checkMotifUseStepId,
  async (input: { product_id: string; motif_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "facility.id"], filters: { id: input.product_id } })
    const facilityId = (products[0] as { facility?: { id: string } } | undefined)?.facility?.id
    if (!input.motif_ids.length) return new StepResponse(true)
    const { data: motifs } = await query.graph({
      entity: "motif",
      fields: ["id", "title", "other_facilities_allowed", "facility.id"],
      filters: { id: input.motif_ids },
    })
    for (const id of input.motif_ids) {
      const motif = motifs.find((m) => m.id === id) as { id: string; title: string; other_facilities_allowed: boolean; facility?: { id: string } } | undefined
      if (!motif) throw new MedusaError(MedusaError.Types.INVALID_DATA, `motif_ids: motif ${id} does not exist`)
      if (motif.facility?.id !== facilityId && !motif.other_facilities_allowed) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `motif_ids: motif ${id} (${motif.title}) belongs to another facility and its licence does not allow other facilities`
        )
      }
    }
    return new StepResponse(true)
  }
)

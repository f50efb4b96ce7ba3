import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MOTIF_IP_MODULE } from "../modules/motif-ip"
import { checkMotifUseStep } from "./steps/check-motif-use"
import { createMotifStep, type CreatorInput, type MotifInput } from "./steps/create-motif"
import { updateMotifStep } from "./steps/update-motif"
import { validateCreatorsStep } from "./steps/validate-creators"

const FACILITIES_MODULE = "facilities"

/** Emitted when a product's motifs are set: `{ id, product_id }` (the product's id). */
export const PRODUCT_MOTIFS_UPDATED = "motif_ip.product-motifs.updated"

/** A motif of a facility, with its creators (participants of that facility) and the link to the facility. */
export const createMotifWorkflow = createWorkflow(
  "create-motif",
  (input: { facility_id: string; motif: MotifInput; creators: CreatorInput[] }) => {
    const check = transform({ input }, ({ input }) => ({
      facility_id: input.facility_id,
      participant_ids: [...input.creators.map((c) => c.participant_id), input.motif.holder_participant_id ?? ""],
    }))
    validateCreatorsStep(check)
    const motif = createMotifStep(transform({ input }, ({ input }) => ({ motif: input.motif, creators: input.creators })))
    const link = transform({ input, motif }, ({ input, motif }) => [
      { [FACILITIES_MODULE]: { facility_id: input.facility_id }, [MOTIF_IP_MODULE]: { motif_id: motif.id } },
    ])
    createRemoteLinkStep(link)
    return new WorkflowResponse(motif)
  }
)

export const updateMotifWorkflow = createWorkflow(
  "update-motif",
  (input: { id: string; facility_id: string; motif: Partial<MotifInput>; creators?: CreatorInput[] }) => {
    const check = transform({ input }, ({ input }) => ({
      facility_id: input.facility_id,
      participant_ids: [...(input.creators ?? []).map((c) => c.participant_id), input.motif.holder_participant_id ?? ""],
    }))
    validateCreatorsStep(check)
    return new WorkflowResponse(updateMotifStep(input))
  }
)

/** Makes `motif_ids` the motifs a product uses, under the licence rule. */
export const setProductMotifsWorkflow = createWorkflow(
  "set-product-motifs",
  (input: { product_id: string; motif_ids: string[] }) => {
    checkMotifUseStep(input)
    const { data: current } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "motifs.id"],
      filters: { id: input.product_id },
    })
    const changes = transform({ input, current }, ({ input, current }) => {
      const had = (((current[0] as { motifs?: { id: string }[] } | undefined)?.motifs) ?? []).map((m) => m.id)
      const link = (motif_id: string) => ({ [MOTIF_IP_MODULE]: { motif_id }, [Modules.PRODUCT]: { product_id: input.product_id } })
      return {
        remove: had.filter((id) => !input.motif_ids.includes(id)).map(link),
        add: input.motif_ids.filter((id) => !had.includes(id)).map(link),
      }
    })
    dismissRemoteLinkStep(transform({ changes }, ({ changes }) => changes.remove))
    createRemoteLinkStep(transform({ changes }, ({ changes }) => changes.add))
    // links emit no event of their own: the search index (and anyone else) learns of the change from this one
    emitEventStep({ eventName: PRODUCT_MOTIFS_UPDATED, data: transform({ input }, ({ input }) => ({ id: input.product_id, product_id: input.product_id })) })
    return new WorkflowResponse(input)
  }
)

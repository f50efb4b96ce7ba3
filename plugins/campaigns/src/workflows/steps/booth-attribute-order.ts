import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { attributeOrder, type BoothDetails } from "../../lib/attribution"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"

export const attributeBoothOrderStepId = "attribute-booth-order"

/** Records the booth order's expo (source `booth`, how it was paid, by whom). Compensation removes the row it made. */
export const attributeBoothOrderStep = createStep(
  attributeBoothOrderStepId,
  async (input: { order_id: string } & BoothDetails, { container }) => {
    const service = container.resolve<CampaignsModuleService>(CAMPAIGNS_MODULE)
    const [before] = await service.listExpoOrders({ order_id: input.order_id }, { select: ["id"] })
    const row = await attributeOrder(container, input.order_id, { payment_method: input.payment_method, recorded_by: input.recorded_by })
    return new StepResponse(row, before || !row ? null : row.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<CampaignsModuleService>(CAMPAIGNS_MODULE).deleteExpoOrders(createdId)
  }
)

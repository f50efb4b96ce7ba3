import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertSellable,
  BOOTH_METADATA_KEY,
  loadBoothCatalogue,
  type BoothMetadata,
  type BoothPaymentMethod,
  type BoothSaleLine,
} from "../../lib/booth"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"

export type BoothSaleInput = {
  expo_id: string
  items: BoothSaleLine[]
  payment_method: BoothPaymentMethod
  payment_reference?: string | null
  email?: string | null
  idempotency_key?: string | null
  /** the CSR staff member who places the order */
  recorded_by: string
  /** more order metadata (the demo seed marks its sales) */
  metadata?: Record<string, unknown>
}

export const prepareBoothSaleStepId = "prepare-booth-sale"

/** Checks a booth sale before anything is written (featured variants, each once, priced, in stock at the expo's
 * location) and answers the order to place: a draft in the expo's sales channel and the store's region, without
 * shipping (the buyer carries the goods away), with the booth's details in its metadata. */
export const prepareBoothSaleStep = createStep(prepareBoothSaleStepId, async (input: BoothSaleInput, { container }) => {
  const [expo] = await container.resolve<CampaignsModuleService>(CAMPAIGNS_MODULE).listExpos({ id: input.expo_id })
  if (!expo) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Expo with id ${input.expo_id} was not found`)
  if (!expo.sales_channel_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Expo ${expo.handle} has no sales channel to sell in`)
  }
  const catalogue = await loadBoothCatalogue(container, expo)
  assertSellable(catalogue, input.items)

  const booth: BoothMetadata = {
    expo_id: expo.id,
    payment_method: input.payment_method,
    payment_reference: input.payment_reference ?? null,
    recorded_by: input.recorded_by,
    idempotency_key: input.idempotency_key ?? null,
  }
  return new StepResponse({
    expo_id: expo.id,
    sales_channel_id: expo.sales_channel_id,
    order: {
      // placed as a draft first: converting it is what reserves the stock and emits order.placed
      status: "draft" as const,
      is_draft_order: true,
      region_id: catalogue.region.id,
      sales_channel_id: expo.sales_channel_id,
      currency_code: catalogue.region.currency_code,
      ...(input.email ? { email: input.email } : {}),
      no_notification: !input.email,
      items: input.items.map((i) => ({ variant_id: i.variant_id, quantity: i.quantity, requires_shipping: false })),
      metadata: { ...(input.metadata ?? {}), [BOOTH_METADATA_KEY]: booth },
    },
  })
})

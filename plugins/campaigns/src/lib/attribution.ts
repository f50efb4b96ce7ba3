// Which expo an order came through. One rule for both ways in: an order placed in an expo's sales channel was sold at
// its booth; an order whose cart carried `metadata.karya_expo` (the expo's handle, set by the storefront when the buyer
// arrived through one of the expo's QR tags) came through its QR code. Each order is attributed once (unique order id).
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../modules/campaigns"
import type CampaignsModuleService from "../modules/campaigns/service"
import { boothMetadataOf } from "./booth"

/** The cart / order metadata key the storefront sets to an expo's handle when the buyer came through its QR tag. */
export const EXPO_METADATA_KEY = "karya_expo"

export type BoothDetails = { payment_method: "cash" | "qris"; recorded_by: string }

type OrderFacts = { id: string; sales_channel_id: string | null; metadata: Record<string, unknown> | null; created_at: string | Date }

/** Records the order's expo, if it has one; answers the attribution (existing or new), or null. Idempotent.
 * A booth sale's payment method and officer come from `booth` or, when the caller does not know them (the order.placed
 * subscriber), from the order's `metadata.karya_booth` that the booth workflow wrote: both writers record the same row. */
export async function attributeOrder(container: MedusaContainer, orderId: string, booth?: BoothDetails) {
  const service: CampaignsModuleService = container.resolve(CAMPAIGNS_MODULE)
  const [existing] = await service.listExpoOrders({ order_id: orderId })
  if (existing) {
    // the subscriber got there first without the booth's details: complete the row, once
    if (existing.source === "booth" && booth && !existing.payment_method) {
      return service.updateExpoOrders({ id: existing.id, payment_method: booth.payment_method, recorded_by: booth.recorded_by })
    }
    return existing
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "sales_channel_id", "metadata", "created_at"],
    filters: { id: orderId },
  })
  const order = data[0] as OrderFacts | undefined
  if (!order) return null

  let expo = order.sales_channel_id ? (await service.listExpos({ sales_channel_id: order.sales_channel_id }))[0] : undefined
  let source: "qr" | "booth" = "booth"
  if (!expo) {
    const handle = order.metadata?.[EXPO_METADATA_KEY]
    if (typeof handle !== "string" || !handle) return null
    expo = (await service.listExpos({ handle }))[0]
    source = "qr"
  }
  if (!expo) return null
  if (source === "booth" && !booth) {
    const recorded = boothMetadataOf(order.metadata)
    if (recorded.payment_method && recorded.recorded_by) booth = { payment_method: recorded.payment_method, recorded_by: recorded.recorded_by }
  }

  try {
    return await service.createExpoOrders({
      expo_id: expo.id,
      program_id: expo.program_id,
      order_id: order.id,
      source,
      payment_method: source === "booth" ? booth?.payment_method ?? null : null,
      recorded_by: source === "booth" ? booth?.recorded_by ?? null : null,
      placed_at: new Date(order.created_at),
    })
  } catch (e) {
    // Two writers raced (the order.placed subscriber and the booth workflow): the unique order id kept one row.
    const [row] = await service.listExpoOrders({ order_id: orderId })
    if (row) return row
    throw e
  }
}

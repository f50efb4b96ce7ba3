import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { boothMetadataOf } from "../../lib/booth"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"

/** How long a booth sale's idempotency key is remembered: long enough for a tablet's retries over a bad connection. */
export const BOOTH_KEY_WINDOW_MS = 24 * 60 * 60 * 1000

type OrderModule = { listOrders(f: object, c: object): Promise<{ id: string; metadata: Record<string, unknown> | null }[]> }

/** The booth order already placed at this expo with this idempotency key in the last 24 hours, if any: a retried
 * request gets the first order back instead of a second sale. (The workflow holds a lock on the key meanwhile.) */
export async function findBoothOrder(container: MedusaContainer, expoId: string, idempotencyKey: string | null | undefined) {
  if (!idempotencyKey) return null
  const [expo] = await container.resolve<CampaignsModuleService>(CAMPAIGNS_MODULE).listExpos({ id: expoId })
  if (!expo?.sales_channel_id) return null
  const orders = await container.resolve<OrderModule>(Modules.ORDER).listOrders(
    { sales_channel_id: expo.sales_channel_id, created_at: { $gte: new Date(Date.now() - BOOTH_KEY_WINDOW_MS) } },
    { select: ["id", "metadata"], order: { created_at: "ASC" } }
  )
  return orders.find((o) => boothMetadataOf(o.metadata).idempotency_key === idempotencyKey)?.id ?? null
}

export const findBoothOrderStepId = "find-booth-order"

export const findBoothOrderStep = createStep(
  findBoothOrderStepId,
  async (input: { expo_id: string; idempotency_key?: string | null }, { container }) =>
    new StepResponse(await findBoothOrder(container, input.expo_id, input.idempotency_key))
)

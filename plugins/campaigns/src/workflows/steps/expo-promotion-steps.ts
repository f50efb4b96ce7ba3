import type { IPromotionModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"

type Container = { resolve: <T>(key: string) => T }

export type ExpoPromotion = { code: string; percentage: number; name: string; handle: string; starts_at: Date | string; ends_at: Date | string }

/** What an expo's promotion should be: its code as a percentage off the order's goods, valid during the expo (a
 * Medusa campaign with the expo's dates), entered by the buyer in the cart. */
export function promotionOf(p: ExpoPromotion) {
  return {
    code: p.code,
    type: "standard" as const,
    status: "active" as const,
    is_automatic: false,
    application_method: { type: "percentage" as const, target_type: "order" as const, allocation: "across" as const, value: p.percentage },
    campaign: {
      name: `Expo ${p.name}`,
      campaign_identifier: `expo-${p.handle}`,
      starts_at: new Date(p.starts_at),
      ends_at: new Date(p.ends_at),
    },
  }
}

/** A code may belong to one promotion only: another promotion's code is a 400 on `promo_code`. */
async function assertCodeFree(promotions: IPromotionModuleService, code: string, ownId: string | null) {
  const [taken] = await promotions.listPromotions({ code }, { select: ["id"] })
  if (taken && taken.id !== ownId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `promo_code: the code ${code} is already used by another promotion`)
  }
}

type Snapshot = {
  expo_id: string
  created?: { promotion_id: string; campaign_id: string | null }
  updated?: { id: string; code: string; status: string; value: number; campaign_id: string | null; starts_at: Date | null; ends_at: Date | null }
}

/** Makes the Medusa promotion match the expo: created with its first code, updated when the code, percentage or
 * dates change, deactivated (kept, orders refer to it) when the code is removed. Compensation restores what was. */
export const syncExpoPromotionStep = createStep(
  "sync-expo-promotion",
  async ({ expo_id }: { expo_id: string }, { container }) => {
    const service = container.resolve<CampaignsModuleService>(CAMPAIGNS_MODULE)
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    const expo = await service.retrieveExpo(expo_id)
    const snapshot: Snapshot = { expo_id }

    if (!expo.promotion_id) {
      if (!expo.promo_code) return new StepResponse(null, snapshot)
      await assertCodeFree(promotions, expo.promo_code, null)
      const [created] = await promotions.createPromotions([
        promotionOf({ ...expo, code: expo.promo_code, percentage: expo.promo_percentage ?? 10 }),
      ])
      snapshot.created = { promotion_id: created!.id, campaign_id: created!.campaign_id ?? null }
      await service.updateExpos({ id: expo.id, promotion_id: created!.id })
      return new StepResponse(created!.id, snapshot)
    }

    const current = await promotions.retrievePromotion(expo.promotion_id, { relations: ["application_method", "campaign"] })
    snapshot.updated = {
      id: current.id,
      code: current.code!,
      status: current.status!,
      value: Number(current.application_method?.value ?? 0),
      campaign_id: current.campaign?.id ?? null,
      starts_at: current.campaign?.starts_at ? new Date(current.campaign.starts_at) : null,
      ends_at: current.campaign?.ends_at ? new Date(current.campaign.ends_at) : null,
    }
    if (!expo.promo_code) {
      await promotions.updatePromotions([{ id: current.id, status: "inactive" }])
      return new StepResponse(current.id, snapshot)
    }
    await assertCodeFree(promotions, expo.promo_code, current.id)
    await promotions.updatePromotions([
      { id: current.id, code: expo.promo_code, status: "active", application_method: { value: expo.promo_percentage ?? 10 } },
    ])
    if (current.campaign?.id) {
      await promotions.updateCampaigns([{ id: current.campaign.id, starts_at: new Date(expo.starts_at), ends_at: new Date(expo.ends_at) }])
    }
    return new StepResponse(current.id, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    if (snapshot.created) {
      await promotions.deletePromotions([snapshot.created.promotion_id])
      if (snapshot.created.campaign_id) await promotions.deleteCampaigns([snapshot.created.campaign_id])
      const service = container.resolve<CampaignsModuleService>(CAMPAIGNS_MODULE)
      await service.updateExpos({ id: snapshot.expo_id, promotion_id: null }).catch(() => undefined) // the expo may be gone too
    }
    const u = snapshot.updated
    if (u) {
      await promotions.updatePromotions([{ id: u.id, code: u.code, status: u.status as "active", application_method: { value: u.value } }])
      if (u.campaign_id) await promotions.updateCampaigns([{ id: u.campaign_id, starts_at: u.starts_at, ends_at: u.ends_at }])
    }
  }
)

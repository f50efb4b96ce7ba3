import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FACILITIES_MODULE } from "@karya/plugin-facilities/modules/facilities"
import { getProductMotifTerms } from "@karya/plugin-motif-ip/lib/product-motif-terms"
import { rupiahOf } from "../../lib/rupiah-of"
import { splitLine } from "../../lib/split"
import { REVENUE_SPLIT_MODULE } from "../../modules/revenue-split"
import type RevenueSplitModuleService from "../../modules/revenue-split/service"
import type { SaleLine } from "../../modules/revenue-split/service"

const once = <T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> => {
  if (!cache.has(key)) cache.set(key, load())
  return cache.get(key)!
}

type OrderItem = {
  id: string
  product_id: string | null
  subtotal: BigNumberInput
  discount_subtotal: BigNumberInput
}
type MakerCreditService = { listMakerCredits(filter: object, config?: object): Promise<{ product_id: string; weight: number; participant_id: string }[]> }

/**
 * Reads what the split of a captured payment needs: the order's line items with the base of each (what the buyer
 * paid for it after discounts, without tax and shipping, in whole rupiah), the product's facility, makers and motif
 * royalties, and the facility's template in force when the payment was captured. Items of products outside any
 * facility are not split (there is nobody to pay).
 */
export const loadPaymentSaleStep = createStep("load-payment-sale", async (input: { payment_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "captured_at", "payment_collection.order.id"],
    filters: { id: input.payment_id },
  })
  const payment = payments[0] as { id: string; captured_at: Date | null; payment_collection?: { order?: { id: string } } } | undefined
  const orderId = payment?.payment_collection?.order?.id
  if (!payment?.captured_at || !orderId) {
    logger.warn(`revenue-split: payment ${input.payment_id} is not a captured order payment; nothing to split`)
    return new StepResponse(null)
  }

  const { data: orders } = await query.graph({
    entity: "order",
    // The order module computes line totals only when a top-level total is asked for (item_subtotal here).
    fields: ["id", "item_subtotal", "items.id", "items.product_id", "items.subtotal", "items.discount_subtotal"],
    filters: { id: orderId },
  })
  const items = ((orders[0] as { items?: OrderItem[] } | undefined)?.items ?? []).filter((i) => i.product_id)
  const productIds = [...new Set(items.map((i) => i.product_id!))]
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "facility.id"], filters: { id: productIds } })
  const facilityOf = new Map((products as { id: string; facility?: { id: string } | null }[]).map((p) => [p.id, p.facility?.id]))
  const credits = await (container.resolve(FACILITIES_MODULE) as MakerCreditService).listMakerCredits({ product_id: productIds })
  const ledger: RevenueSplitModuleService = container.resolve(REVENUE_SPLIT_MODULE)
  const capturedAt = new Date(payment.captured_at)

  // an order often has several lines of one product or facility: read each template and motif terms once
  const templates = new Map<string, Promise<Awaited<ReturnType<typeof ledger.templateInForce>>>>()
  const motifTerms = new Map<string, ReturnType<typeof getProductMotifTerms>>()
  const lines: SaleLine[] = []
  for (const item of items) {
    const facilityId = facilityOf.get(item.product_id!)
    if (!facilityId) {
      logger.warn(`revenue-split: product ${item.product_id} of line item ${item.id} belongs to no facility; not split`)
      continue
    }
    const base = rupiahOf(MathBN.sub(item.subtotal, item.discount_subtotal ?? 0))
    if (base <= 0) continue
    const template = await once(templates, facilityId, () => ledger.templateInForce(facilityId, capturedAt))
    const royalties = await once(motifTerms, item.product_id!, () => getProductMotifTerms(container, item.product_id!))
    const makers = credits.filter((c) => c.product_id === item.product_id).map((c) => ({ participant_id: c.participant_id, weight: c.weight }))
    lines.push({
      order_id: orderId,
      line_item_id: item.id,
      product_id: item.product_id,
      facility_id: facilityId,
      template_version: template.version,
      parts: splitLine({ base, facility_id: facilityId, template, royalties, makers }),
    })
  }
  return new StepResponse({ payment_id: payment.id, occurred_at: capturedAt, lines })
})

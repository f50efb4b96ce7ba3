import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"

type Graph = { graph: (q: object) => Promise<{ data: unknown[] }> }
type OrderRow = { id: string; items?: ({ id: string; product_id: string | null; detail?: { quantity: unknown } | null } | null)[] }
type OptionRow = {
  id: string
  name: string
  service_zone?: { fulfillment_set?: { location?: { id: string } | null } | null } | null
  price_set?: { prices?: ({ amount: unknown } | null)[] | null } | null
  rules?: ({ attribute: string; value: string } | null)[] | null
}

export const handOverBoothOrderStepId = "hand-over-booth-order"

/**
 * The buyer carries a booth sale away: each facility's items are fulfilled at once, as a pickup, from the location
 * where their stock was reserved. Medusa then takes them out of the location's stock (the reservation becomes a
 * stock decrease), and the facility's portal shows the items as handed over instead of waiting for a fulfilment.
 *
 * Medusa's fulfilment needs a shipping option for its provider: the cheapest option served from that location (the
 * store's pickup option; nothing is charged, the order has no shipping method). The sale itself is complete before
 * this step (placed, paid, attributed): a hand-over that fails is logged and left to facility staff, never undoes it.
 */
export const handOverBoothOrderStep = createStep(
  handOverBoothOrderStepId,
  async (input: { order_id: string; recorded_by: string; expo_id: string }, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    try {
      return new StepResponse(await handOver(container, input))
    } catch (e) {
      logger.warn(`campaigns: booth order ${input.order_id} was placed and paid but not handed over: ${(e as Error).message}`)
      return new StepResponse([] as string[])
    }
  }
)

async function handOver(container: MedusaContainer, input: { order_id: string; recorded_by: string; expo_id: string }) {
  const query = container.resolve<Graph>(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    // an order line's quantity is on its detail (items.quantity is filled in only when totals are computed)
    fields: ["id", "items.id", "items.product_id", "items.detail.quantity"],
    filters: { id: input.order_id },
  })
  const items = ((orders[0] as OrderRow | undefined)?.items ?? []).flatMap((i) => (i ? [i] : []))
  if (!items.length) return []

  const productIds = [...new Set(items.flatMap((i) => (i.product_id ? [i.product_id] : [])))]
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "facility.id"], filters: { id: productIds } })
  const facilityOf = new Map((products as { id: string; facility?: { id: string } | null }[]).map((p) => [p.id, p.facility?.id ?? null]))
  const { data: reservations } = await query.graph({
    entity: "reservation",
    fields: ["line_item_id", "location_id"],
    filters: { line_item_id: items.map((i) => i.id) },
  })
  const locationOf = new Map((reservations as { line_item_id: string; location_id: string }[]).map((r) => [r.line_item_id, r.location_id]))

  // one fulfilment per facility and location, as facility staff would record it
  const groups = new Map<string, { facility_id: string | null; location_id: string; items: { id: string; quantity: number }[] }>()
  for (const item of items) {
    const location = locationOf.get(item.id)
    if (!location) continue // stock not managed: nothing reserved, nothing to take out of a location
    const facility = item.product_id ? facilityOf.get(item.product_id) ?? null : null
    const key = `${facility}|${location}`
    const group = groups.get(key) ?? { facility_id: facility, location_id: location, items: [] }
    group.items.push({ id: item.id, quantity: MathBN.convert((item.detail?.quantity ?? 0) as number).toNumber() })
    groups.set(key, group)
  }

  const created: string[] = []
  for (const group of groups.values()) {
    const option = await pickupOption(query, group.location_id)
    if (!option) throw new Error(`no shipping option is served from stock location ${group.location_id}`)
    const { result } = await createOrderFulfillmentWorkflow(container).run({
      input: {
        order_id: input.order_id,
        items: group.items,
        location_id: group.location_id,
        shipping_option_id: option,
        created_by: input.recorded_by,
        no_notification: true,
        metadata: { kind: "pickup", facility_id: group.facility_id, karya_expo_id: input.expo_id },
      },
    })
    created.push(result.id)
  }
  return created
}

/** The cheapest shipping option served from the location (ties by name): the one whose provider records the hand-over. */
async function pickupOption(query: Graph, locationId: string): Promise<string | null> {
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "service_zone.fulfillment_set.location.id", "price_set.prices.amount", "rules.attribute", "rules.value"],
    filters: {},
  })
  const cheapest = (o: OptionRow) =>
    Math.min(...(o.price_set?.prices ?? []).flatMap((p) => (p ? [Number(p.amount)] : [])), Number.MAX_SAFE_INTEGER)
  const options = (data as OptionRow[])
    .filter((o) => o.service_zone?.fulfillment_set?.location?.id === locationId)
    .filter((o) => !(o.rules ?? []).some((r) => r?.attribute === "is_return" && r.value === "true"))
    .sort((a, b) => cheapest(a) - cheapest(b) || a.name.localeCompare(b.name))
  return options[0]?.id ?? null
}

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"
import { expoProduct, productChannel } from "../../lib/links"

type Container = { resolve: <T>(key: string) => T }
type Query = { graph: (q: object) => Promise<{ data: Record<string, unknown>[] }> }
type Link = { create(l: object[]): Promise<unknown>; dismiss(l: object[]): Promise<unknown> }

export type ExpoFields = {
  handle: string
  name: string
  venue: string
  city: string
  starts_at: Date
  ends_at: Date
  promo_code?: string | null
  promo_percentage?: number
  program_id: string
}

const serviceOf = (container: Container) => container.resolve<CampaignsModuleService>(CAMPAIGNS_MODULE)

/** Workflow inputs are serialised: dates arrive as ISO strings. */
function assertDates(starts: Date | string, ends: Date | string) {
  if (new Date(ends).getTime() < new Date(starts).getTime()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "ends_at: must not be before starts_at")
  }
}

/** The expo record, pointing at the sales channel created before it. A taken handle fails here, after the channel
 * exists: the workflow then deletes the channel again. */
export const createExpoStep = createStep(
  "create-expo",
  async (input: ExpoFields & { sales_channel_id: string }, { container }) => {
    const service = serviceOf(container)
    assertDates(input.starts_at, input.ends_at)
    const [taken] = await service.listExpos({ handle: input.handle }, { select: ["id"] })
    if (taken) throw new MedusaError(MedusaError.Types.CONFLICT, `handle: an expo with handle ${input.handle} already exists`)
    const { program_id, ...fields } = input
    const expo = await service.createExpos({ ...fields, program_id })
    return new StepResponse(expo, expo.id)
  },
  async (id, { container }) => {
    if (id) await serviceOf(container).deleteExpos(id)
  }
)

export const updateExpoStep = createStep(
  "update-expo",
  async (
    { id, ...fields }: Partial<Omit<ExpoFields, "program_id">> & { id: string },
    { container }
  ) => {
    const service = serviceOf(container)
    const before = await service.retrieveExpo(id)
    assertDates(fields.starts_at ?? before.starts_at, fields.ends_at ?? before.ends_at)
    if (fields.handle && fields.handle !== before.handle) {
      const [taken] = await service.listExpos({ handle: fields.handle }, { select: ["id"] })
      if (taken) throw new MedusaError(MedusaError.Types.CONFLICT, `handle: an expo with handle ${fields.handle} already exists`)
    }
    const expo = await service.updateExpos({ id, ...fields })
    const restore = Object.fromEntries(Object.keys(fields).map((k) => [k, (before as Record<string, unknown>)[k]]))
    return new StepResponse(expo, { id, restore })
  },
  async (previous, { container }) => {
    if (previous) await serviceOf(container).updateExpos({ id: previous.id, ...previous.restore })
  }
)

/** Where an expo's channel sells from: the stock locations of the store's default sales channel. */
export const loadChannelDefaultsStep = createStep("load-expo-channel-defaults", async (_: void, { container }) => {
  const store = container.resolve<{ listStores(f: object, c: object): Promise<{ default_sales_channel_id: string | null }[]> }>(
    Modules.STORE
  )
  const [s] = await store.listStores({}, { select: ["default_sales_channel_id"] })
  if (!s?.default_sales_channel_id) return new StepResponse({ stock_location_ids: [] as string[] })
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: s.default_sales_channel_id },
  })
  const channel = data[0] as { stock_locations?: ({ id: string } | null)[] } | undefined
  return new StepResponse({ stock_location_ids: (channel?.stock_locations ?? []).flatMap((l) => (l ? [l.id] : [])) })
})

export type SetExpoProductsInput = { expo_id: string; sales_channel_id: string | null; product_ids: string[] }

/** Makes the expo's featured products exactly `product_ids`, and puts them in (or takes them out of) the expo's sales
 * channel. Compensation puts the previous set back. */
export const setExpoProductsStep = createStep(
  "set-expo-products",
  async (input: SetExpoProductsInput, { container }) => {
    const current = await currentProducts(container, input.expo_id)
    const wanted = [...new Set(input.product_ids)]
    await replaceProducts(container, input, current, wanted)
    return new StepResponse(wanted, { ...input, product_ids: current, now: wanted })
  },
  async (previous, { container }) => {
    if (!previous) return
    await replaceProducts(container, previous, previous.now, previous.product_ids)
  }
)

export async function currentProducts(container: Container, expoId: string): Promise<string[]> {
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "expo", fields: ["id", "products.id"], filters: { id: expoId } })
  return ((data[0] as { products?: ({ id: string } | null)[] } | undefined)?.products ?? []).flatMap((p) => (p ? [p.id] : []))
}

async function replaceProducts(container: Container, input: SetExpoProductsInput, current: string[], wanted: string[]) {
  const link = container.resolve<Link>(ContainerRegistrationKeys.LINK)
  const add = wanted.filter((id) => !current.includes(id))
  const remove = current.filter((id) => !wanted.includes(id))
  const channel = input.sales_channel_id
  if (remove.length) {
    await link.dismiss(remove.map((id) => expoProduct(input.expo_id, id)))
    if (channel) await link.dismiss(remove.map((id) => productChannel(id, channel)))
  }
  if (add.length) {
    await link.create(add.map((id) => expoProduct(input.expo_id, id)))
    if (channel) await link.create(add.map((id) => productChannel(id, channel)))
  }
}

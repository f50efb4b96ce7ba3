// Booth mode: what the CSR officer's tablet sells (the expo's featured products, priced in the store's region, with the
// stock available at the expo's own location) and the orders it placed, in the shapes the portal routes answer.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"
import { rupiahOf } from "@karya/plugin-revenue-split/lib/rupiah-of"
import { CAMPAIGNS_MODULE } from "../modules/campaigns"
import type CampaignsModuleService from "../modules/campaigns/service"

/** The order metadata key where a booth sale keeps how it was paid, who recorded it and its idempotency key. */
export const BOOTH_METADATA_KEY = "karya_booth"
export const BOOTH_CURRENCY = "idr"

export type BoothPaymentMethod = "cash" | "qris"
export type BoothMetadata = {
  expo_id: string
  payment_method: BoothPaymentMethod
  payment_reference: string | null
  recorded_by: string
  idempotency_key: string | null
}

export type BoothVariant = {
  id: string
  title: string
  sku: string | null
  /** whole rupiah; null when the variant has no IDR price (it cannot be sold) */
  price: number | null
  /** available at the expo's stock location; null when the variant's stock is not managed (no limit) */
  stock: number | null
}
export type BoothProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  facility: { name: string } | null
  variants: BoothVariant[]
}

type Graph = { graph: (q: object, options?: object) => Promise<{ data: unknown[] }> }
const queryOf = (scope: MedusaContainer) => scope.resolve<Graph>(ContainerRegistrationKeys.QUERY)

/** Medusa's amounts can come back as BigNumber objects; the portal answers whole rupiah. */
const rupiah = (value: unknown) => rupiahOf(value as Parameters<typeof rupiahOf>[0])

/** The region booth sales are priced in: the store's default region (Indonesia, IDR). */
export async function boothRegion(scope: MedusaContainer): Promise<{ id: string; currency_code: string }> {
  const store = scope.resolve<{ listStores(f: object, c: object): Promise<{ default_region_id: string | null }[]> }>(Modules.STORE)
  const [s] = await store.listStores({}, { select: ["default_region_id"] })
  const regions = scope.resolve<{ listRegions(f: object, c: object): Promise<{ id: string; currency_code: string }[]> }>(Modules.REGION)
  const [region] = s?.default_region_id
    ? await regions.listRegions({ id: s.default_region_id }, { select: ["id", "currency_code"] })
    : await regions.listRegions({ currency_code: BOOTH_CURRENCY }, { select: ["id", "currency_code"] })
  if (!region) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The store has no region to price booth sales in")
  return region
}

type ProductRow = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  status: string
  facility?: { name: string } | null
  variants?: ({
    id: string
    title: string
    sku: string | null
    manage_inventory: boolean
    allow_backorder: boolean
    calculated_price?: { calculated_amount: unknown } | null
  } | null)[]
}

export type BoothCatalogue = {
  region: { id: string; currency_code: string }
  products: BoothProduct[]
  /** every sellable variant by id, with what the sale needs to check a line */
  variants: Map<string, BoothVariant & { product_title: string; limited: boolean }>
}

/** The expo's featured products that are published, with their variants' prices and stock at the expo's location. */
export async function loadBoothCatalogue(
  scope: MedusaContainer,
  expo: { id: string; sales_channel_id: string | null }
): Promise<BoothCatalogue> {
  const query = queryOf(scope)
  const region = await boothRegion(scope)
  const { data: expos } = await query.graph({ entity: "expo", fields: ["id", "products.id"], filters: { id: expo.id } })
  const productIds = ((expos[0] as { products?: ({ id: string } | null)[] } | undefined)?.products ?? []).flatMap((p) => (p ? [p.id] : []))
  if (!productIds.length) return { region, products: [], variants: new Map() }

  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "thumbnail",
      "status",
      "facility.name",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.manage_inventory",
      "variants.allow_backorder",
      "variants.calculated_price.calculated_amount",
    ],
    filters: { id: productIds },
    context: { variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) } },
  })
  const rows = (data as ProductRow[]).filter((p) => p.status === "published")
  const variantIds = rows.flatMap((p) => (p.variants ?? []).flatMap((v) => (v ? [v.id] : [])))
  const availability =
    variantIds.length && expo.sales_channel_id
      ? await getVariantAvailability(query as never, { variant_ids: variantIds, sales_channel_id: expo.sales_channel_id })
      : {}

  const variants: BoothCatalogue["variants"] = new Map()
  const products = rows
    .map((p): BoothProduct => ({
      id: p.id,
      title: p.title,
      handle: p.handle,
      thumbnail: p.thumbnail,
      facility: p.facility ? { name: p.facility.name } : null,
      variants: (p.variants ?? [])
        .flatMap((v) => (v ? [v] : []))
        .map((v) => {
          const limited = v.manage_inventory && !v.allow_backorder
          const amount = v.calculated_price?.calculated_amount
          const variant: BoothVariant = {
            id: v.id,
            title: v.title,
            sku: v.sku,
            price: amount === null || amount === undefined ? null : rupiah(amount),
            // no channel location or no inventory item: nothing can be reserved, so nothing is available
            stock: v.manage_inventory ? (availability[v.id]?.availability ?? 0) : null,
          }
          variants.set(v.id, { ...variant, product_title: p.title, limited })
          return variant
        })
        .sort((a, b) => a.title.localeCompare(b.title, "id")),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, "id"))
  return { region, products, variants }
}

export type BoothSaleLine = { variant_id: string; quantity: number }

/** Checks a sale's lines against the catalogue: featured variants only, each once, priced, and no more than the stock
 * at the expo's location (unless the variant's stock is not managed or backorders are allowed). Throws a 400 that
 * names the line. */
export function assertSellable(catalogue: BoothCatalogue, items: BoothSaleLine[]) {
  const seen = new Map<string, number>()
  items.forEach((item, i) => {
    const variant = catalogue.variants.get(item.variant_id)
    if (!variant) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `items[${i}].variant_id: ${item.variant_id} is not a variant of this expo's featured products`
      )
    }
    const earlier = seen.get(item.variant_id)
    if (earlier !== undefined) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `items[${i}].variant_id: ${item.variant_id} is already in items[${earlier}]`)
    }
    seen.set(item.variant_id, i)
    if (variant.price === null) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `items[${i}].variant_id: ${variant.product_title} (${variant.title}) has no price`)
    }
    if (variant.limited && item.quantity > (variant.stock ?? 0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `items[${i}].quantity: only ${variant.stock ?? 0} of ${variant.product_title} (${variant.title}) in stock at the expo, ${item.quantity} asked`
      )
    }
  })
}

type OrderRow = {
  id: string
  display_id: number
  status: string
  total: unknown
  currency_code: string
  created_at: string | Date
  metadata: Record<string, unknown> | null
  items?: ({ title: string; variant_title: string | null; quantity: unknown; unit_price: unknown; total: unknown } | null)[]
  payment_collections?: ({ status: string; payments?: ({ captured_at: string | Date | null; canceled_at: string | Date | null } | null)[] } | null)[]
}

export const boothMetadataOf = (metadata: Record<string, unknown> | null | undefined): Partial<BoothMetadata> => {
  const value = metadata?.[BOOTH_METADATA_KEY]
  return value && typeof value === "object" ? (value as Partial<BoothMetadata>) : {}
}

/** How the order's payment stands: `captured` once the money is recorded, else the payment collection's status. */
function paymentStatusOf(order: OrderRow) {
  const collections = (order.payment_collections ?? []).flatMap((c) => (c ? [c] : []))
  const payments = collections.flatMap((c) => (c.payments ?? []).flatMap((p) => (p ? [p] : [])))
  if (payments.some((p) => p.captured_at && !p.canceled_at)) return "captured"
  return collections[0]?.status ?? "not_paid"
}

/** A booth order as the portal answers it. */
export async function loadBoothOrder(scope: MedusaContainer, orderId: string) {
  const { data } = await queryOf(scope).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "total",
      "currency_code",
      "created_at",
      "metadata",
      "items.title",
      "items.variant_title",
      "items.quantity",
      "items.unit_price",
      "items.total",
      "payment_collections.status",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderRow | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${orderId} was not found`)
  const booth = boothMetadataOf(order.metadata)
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    total: rupiah(order.total),
    currency_code: order.currency_code,
    items: (order.items ?? []).flatMap((i) =>
      i
        ? [{ title: i.title, variant_title: i.variant_title, quantity: Number(i.quantity), unit_price: rupiah(i.unit_price), total: rupiah(i.total) }]
        : []
    ),
    payment_method: booth.payment_method ?? null,
    payment_reference: booth.payment_reference ?? null,
    payment_status: paymentStatusOf(order),
    placed_at: new Date(order.created_at).toISOString(),
  }
}

/** Orders attributed to the expo (booth sales and QR visits), newest first. */
export async function listExpoOrders(
  scope: MedusaContainer,
  expoId: string,
  page: { limit: number; offset: number }
) {
  const service = scope.resolve<CampaignsModuleService>(CAMPAIGNS_MODULE)
  const [rows, count] = await service.listAndCountExpoOrders(
    { expo_id: expoId },
    { order: { placed_at: "DESC", id: "DESC" }, skip: page.offset, take: page.limit }
  )
  if (!rows.length) return { orders: [], count }
  const { data } = await queryOf(scope).graph({
    entity: "order",
    fields: ["id", "display_id", "status", "total", "items.quantity"],
    filters: { id: rows.map((r) => r.order_id) },
  })
  const byId = new Map((data as { id: string; display_id: number; status: string; total: unknown; items?: ({ quantity: unknown } | null)[] }[]).map((o) => [o.id, o]))
  const orders = rows.flatMap((r) => {
    const o = byId.get(r.order_id)
    if (!o) return []
    return [
      {
        id: o.id,
        display_id: o.display_id,
        status: o.status,
        total: rupiah(o.total),
        source: r.source,
        payment_method: r.payment_method,
        placed_at: new Date(r.placed_at).toISOString(),
        // units sold, over every line
        items_count: (o.items ?? []).reduce((sum, i) => sum + (i ? Number(i.quantity) : 0), 0),
      },
    ]
  })
  return { orders, count }
}

import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { notFound, type PortalRequest } from "../context"
import { facilityProductIds } from "../products/load"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "status",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.postal_code",
  "shipping_address.phone",
  "shipping_methods.name",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.product_id",
  "items.detail.quantity",
  "items.unit_price",
  "items.thumbnail",
  "items.detail.fulfilled_quantity",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "payment_collections.status",
]

type OrderRow = {
  id: string
  display_id: number
  created_at: string
  email: string | null
  status: string
  shipping_address: Record<string, string> | null
  shipping_methods?: { name: string }[]
  items?: {
    id: string
    title: string
    variant_title: string | null
    product_id: string | null
    unit_price: number
    thumbnail: string | null
    detail?: { quantity: number; fulfilled_quantity: number }
  }[]
  fulfillments?: {
    id: string
    created_at: string
    shipped_at: string | null
    metadata: Record<string, unknown> | null
    labels?: { tracking_number: string }[]
  }[]
  payment_collections?: { status: string }[]
}

/** Medusa's order amounts can come back as BigNumber objects; the portal answers in plain numbers (whole rupiah). */
function num(value: unknown): number {
  if (value !== null && typeof value === "object") {
    const v = value as { numeric?: number; value?: string | number }
    return Number(v.numeric ?? v.value)
  }
  return Number(value)
}

/** Ids of the orders that contain at least one item of the caller's facility, newest first. */
export async function facilityOrderIds(req: PortalRequest, { openOnly = false } = {}): Promise<string[]> {
  const productIds = await facilityProductIds(req)
  if (!productIds.length) return []
  const orders = req.scope.resolve(Modules.ORDER)
  const found = await orders.listOrders(
    { items: { product_id: productIds } } as never,
    { select: ["id", "status", "created_at"], order: { created_at: "DESC" } }
  )
  return found.filter((o) => !openOnly || !["canceled", "completed", "archived"].includes(o.status)).map((o) => o.id)
}

export function toPortalOrder(o: OrderRow, productIds: Set<string>, facilityId: string) {
  const items = (o.items ?? [])
    .filter((i) => i.product_id && productIds.has(i.product_id))
    .map((i) => ({
      id: i.id,
      title: i.title,
      variant_title: i.variant_title,
      product_id: i.product_id!,
      quantity: num(i.detail?.quantity),
      fulfilled_quantity: num(i.detail?.fulfilled_quantity ?? 0),
      unit_price: num(i.unit_price),
      total: num(i.unit_price) * num(i.detail?.quantity),
      thumbnail: i.thumbnail,
    }))
  const fulfilled = items.every((i) => i.fulfilled_quantity >= i.quantity)
  const partly = items.some((i) => i.fulfilled_quantity > 0)
  const a = o.shipping_address
  return {
    id: o.id,
    display_id: o.display_id,
    created_at: o.created_at,
    email: o.email,
    status: o.status,
    payment_status: o.payment_collections?.[0]?.status ?? "not_paid",
    fulfillment_status: fulfilled ? "fulfilled" : partly ? "partially_fulfilled" : "not_fulfilled",
    shipping_address: a
      ? {
          first_name: a.first_name ?? "",
          last_name: a.last_name ?? "",
          address_1: a.address_1 ?? "",
          city: a.city ?? "",
          province: a.province ?? "",
          postal_code: a.postal_code ?? "",
          phone: a.phone ?? "",
        }
      : null,
    shipping_method: o.shipping_methods?.[0]?.name ?? null,
    items,
    items_total: items.reduce((sum, i) => sum + i.total, 0),
    fulfillments: (o.fulfillments ?? [])
      .filter((f) => f.metadata?.facility_id === facilityId)
      .map((f) => ({
        id: f.id,
        kind: (f.metadata?.kind as "pickup" | "shipment") ?? "shipment",
        tracking_number: f.labels?.[0]?.tracking_number ?? null,
        created_at: f.created_at,
      })),
  }
}

export async function loadPortalOrders(req: PortalRequest, ids: string[], facilityId: string) {
  if (!ids.length) return []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: ids } })
  const productIds = new Set(await facilityProductIds(req))
  const byId = new Map(data.map((o) => [o.id, toPortalOrder(o as unknown as OrderRow, productIds, facilityId)]))
  return ids.map((id) => byId.get(id)).filter((o): o is ReturnType<typeof toPortalOrder> => Boolean(o))
}

export async function loadPortalOrder(req: PortalRequest, id: string, facilityId: string) {
  const ids = await facilityOrderIds(req)
  if (!ids.includes(id)) throw notFound("Order", id)
  const [order] = await loadPortalOrders(req, [id], facilityId)
  if (!order) throw notFound("Order", id)
  return order
}

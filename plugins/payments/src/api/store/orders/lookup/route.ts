import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { orderPaymentOf, loadOrders, toStorePayment } from "../../../../lib/order-payment"
import { rupiahOf } from "../../../../lib/rupiah"
import type { StoreOrderLookup } from "../../../validators"

/** One answer for every miss: it never tells whether an order number or an email exists. */
export const LOOKUP_NOT_FOUND = "No order was found with this order number and email address"

const amount = (v: unknown) => rupiahOf(v as never)

/** A buyer finds her order by its number and email: what she bought, its totals, its payment (with the transfer
 * instructions) and the city and province it ships to. Nothing else of the address, nothing of other orders. */
export async function POST(req: MedusaRequest<StoreOrderLookup>, res: MedusaResponse) {
  const { email, display_id } = req.validatedBody
  const [candidate] = await loadOrders(req.scope, { display_id })
  if (!candidate || (candidate.email ?? "").trim().toLowerCase() !== email.toLowerCase()) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, LOOKUP_NOT_FOUND)
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "item_subtotal",
      "shipping_total",
      "discount_total",
      "total",
      "shipping_address.city",
      "shipping_address.province",
      "items.id",
      "items.title",
      "items.variant_title",
      "items.quantity",
      "items.unit_price",
      "items.total",
      "items.thumbnail",
      "items.product_handle",
    ],
    filters: { id: candidate.id },
  })
  type Row = {
    item_subtotal: unknown
    shipping_total: unknown
    discount_total: unknown
    total: unknown
    shipping_address?: { city: string | null; province: string | null } | null
    items?: { title: string; variant_title: string | null; quantity: unknown; unit_price: unknown; total: unknown; thumbnail: string | null; product_handle: string | null }[]
  }
  const order = data[0] as unknown as Row
  let payment = null
  try {
    payment = toStorePayment(await orderPaymentOf(req.scope, candidate))
  } catch {
    payment = null // an order without a payment (none in this store's checkout) still shows its goods
  }
  res.json({
    order: {
      id: candidate.id,
      display_id: candidate.display_id,
      status: candidate.status,
      created_at: candidate.created_at,
      email: candidate.email,
      payment_status: payment?.status ?? null,
      payment,
      items: (order.items ?? []).map((i) => ({
        title: i.title,
        variant_title: i.variant_title,
        quantity: amount(i.quantity),
        unit_price: amount(i.unit_price),
        total: amount(i.total),
        thumbnail: i.thumbnail,
        product_handle: i.product_handle,
      })),
      item_subtotal: amount(order.item_subtotal),
      shipping_total: amount(order.shipping_total),
      discount_total: amount(order.discount_total),
      total: amount(order.total),
      shipping_address: order.shipping_address
        ? { city: order.shipping_address.city, province: order.shipping_address.province }
        : null,
    },
  })
}

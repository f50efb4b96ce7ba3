// GET /store/orders/:id — the order just placed, for its confirmation page (the id itself is the key to it).
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"

const ORDER_FIELDS =
  "id,display_id,email,status,created_at,currency_code,item_subtotal,shipping_total,discount_total,total,*items,*shipping_address,*shipping_methods"

/** The order, or null when there is no order with this id. */
export async function getOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await getSdk().store.order.retrieve(id, { fields: ORDER_FIELDS })
    return order
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}

export const getOrderQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["order", id],
    queryFn: () => getOrder(id),
    staleTime: 5 * 60 * 1000,
  })

export const useOrder = (id: string) => useQuery(getOrderQueryOptions(id))

// GET /store/orders/:id — one of the customer's orders in full. Medusa answers for any order id; the page shows it
// only when it is hers.
import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { isNotFound } from "../utils/errors"
import { accountKeys } from "./query-keys"

const ORDER_FIELDS = "+customer_id,+payment_status,+fulfillment_status"

export async function getOrder(id: string, customerId: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await getSdk().store.order.retrieve(id, { fields: ORDER_FIELDS })
    return order.customer_id === customerId ? order : null
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

export const getOrderQueryOptions = (id: string, customerId: string) =>
  queryOptions({
    queryKey: [...accountKeys.order(id), customerId] as const,
    queryFn: () => getOrder(id, customerId),
  })

export const useOrder = (id: string, customerId: string) =>
  useSuspenseQuery(getOrderQueryOptions(id, customerId))

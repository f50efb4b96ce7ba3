// GET /store/orders — the signed-in customer's orders, newest first.
import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { accountKeys } from "./query-keys"

export const ORDERS_PAGE_SIZE = 10

// What a row of the history shows (the items come whole: Medusa does not narrow them on this route).
const ORDER_LIST_FIELDS =
  "id,display_id,created_at,status,payment_status,fulfillment_status,total,currency_code,*items"

export type OrdersPage = {
  orders: HttpTypes.StoreOrder[]
  count: number
  page: number
  pageCount: number
}

export async function getOrders(page: number, limit = ORDERS_PAGE_SIZE): Promise<OrdersPage> {
  const { orders, count } = await getSdk().store.order.list({
    fields: ORDER_LIST_FIELDS,
    order: "-created_at",
    limit,
    offset: (page - 1) * limit,
  })
  return { orders, count, page, pageCount: Math.max(1, Math.ceil(count / limit)) }
}

export const getOrdersQueryOptions = (page: number) =>
  queryOptions({
    queryKey: accountKeys.orderList(page),
    queryFn: () => getOrders(page),
  })

export const useOrders = (page: number) => useSuspenseQuery(getOrdersQueryOptions(page))

/** The latest few, for the account's front page. */
export const getRecentOrdersQueryOptions = () =>
  queryOptions({
    queryKey: [...accountKeys.orders(), "recent"] as const,
    queryFn: () => getOrders(1, 3),
  })

export const useRecentOrders = () => useSuspenseQuery(getRecentOrdersQueryOptions())

import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { PortalOrder } from "./types"

export const PORTAL_ORDERS_PAGE_SIZE = 20

export type GetPortalOrdersParams = { page: number }

export type PortalOrdersPage = {
  orders: PortalOrder[]
  count: number
  page: number
  pageCount: number
}

export async function getPortalOrders({
  page,
}: GetPortalOrdersParams): Promise<PortalOrdersPage> {
  const { orders, count } = await portalFetch<{
    orders: PortalOrder[]
    count: number
  }>("/portal/facility/orders", {
    query: {
      limit: PORTAL_ORDERS_PAGE_SIZE,
      offset: (page - 1) * PORTAL_ORDERS_PAGE_SIZE,
    },
  })
  return {
    orders,
    count,
    page,
    pageCount: Math.max(1, Math.ceil(count / PORTAL_ORDERS_PAGE_SIZE)),
  }
}

export const getPortalOrdersQueryOptions = (params: GetPortalOrdersParams) =>
  queryOptions({
    queryKey: [...portalKeys.orders(), "list", params] as const,
    queryFn: () => getPortalOrders(params),
    staleTime: 0,
  })

export const usePortalOrders = (params: GetPortalOrdersParams) =>
  useSuspenseQuery(getPortalOrdersQueryOptions(params))

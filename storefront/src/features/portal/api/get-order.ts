import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { PortalOrder } from "./types"

export async function getPortalOrder(id: string): Promise<PortalOrder> {
  const { order } = await portalFetch<{ order: PortalOrder }>(
    `/portal/facility/orders/${encodeURIComponent(id)}`
  )
  return order
}

export const getPortalOrderQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...portalKeys.orders(), "detail", id] as const,
    queryFn: () => getPortalOrder(id),
    staleTime: 0,
  })

export const usePortalOrder = (id: string) =>
  useSuspenseQuery(getPortalOrderQueryOptions(id))

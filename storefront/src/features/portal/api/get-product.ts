import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { PortalProduct } from "./types"

export async function getPortalProduct(id: string): Promise<PortalProduct> {
  const { product } = await portalFetch<{ product: PortalProduct }>(
    `/portal/facility/products/${encodeURIComponent(id)}`
  )
  return product
}

export const getPortalProductQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...portalKeys.products(), "detail", id] as const,
    queryFn: () => getPortalProduct(id),
    staleTime: 0,
  })

export const usePortalProduct = (id: string) =>
  useSuspenseQuery(getPortalProductQueryOptions(id))

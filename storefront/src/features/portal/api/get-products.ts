import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { PortalProduct, ProductStatus } from "./types"

export const PORTAL_PRODUCTS_PAGE_SIZE = 20

export type GetPortalProductsParams = {
  q?: string
  status?: ProductStatus
  /** 1-based */
  page: number
}

export type PortalProductsPage = {
  products: PortalProduct[]
  count: number
  page: number
  pageCount: number
}

export async function getPortalProducts({
  q,
  status,
  page,
}: GetPortalProductsParams): Promise<PortalProductsPage> {
  const { products, count } = await portalFetch<{
    products: PortalProduct[]
    count: number
  }>("/portal/facility/products", {
    query: {
      q: q || undefined,
      status,
      archived: false,
      limit: PORTAL_PRODUCTS_PAGE_SIZE,
      offset: (page - 1) * PORTAL_PRODUCTS_PAGE_SIZE,
    },
  })
  return {
    products,
    count,
    page,
    pageCount: Math.max(1, Math.ceil(count / PORTAL_PRODUCTS_PAGE_SIZE)),
  }
}

export const getPortalProductsQueryOptions = (params: GetPortalProductsParams) =>
  queryOptions({
    queryKey: [...portalKeys.products(), "list", params] as const,
    queryFn: () => getPortalProducts(params),
    staleTime: 0,
  })

export const usePortalProducts = (params: GetPortalProductsParams) =>
  useSuspenseQuery(getPortalProductsQueryOptions(params))

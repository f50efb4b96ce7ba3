import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"

export const PRODUCTS_PAGE_SIZE = 12

// Only what a catalogue card shows; calculated_price needs region_id.
const CARD_FIELDS = "id,title,handle,thumbnail,*variants.calculated_price"

export type GetProductsParams = {
  regionId: string
  /** 1-based page number */
  page: number
}

export type ProductsPage = {
  products: HttpTypes.StoreProduct[]
  count: number
  page: number
  pageCount: number
}

export async function getProducts({
  regionId,
  page,
}: GetProductsParams): Promise<ProductsPage> {
  const { products, count } = await getSdk().store.product.list({
    limit: PRODUCTS_PAGE_SIZE,
    offset: (page - 1) * PRODUCTS_PAGE_SIZE,
    region_id: regionId,
    fields: CARD_FIELDS,
  })
  return {
    products,
    count,
    page,
    pageCount: Math.max(1, Math.ceil(count / PRODUCTS_PAGE_SIZE)),
  }
}

export const getProductsQueryOptions = (params: GetProductsParams) =>
  queryOptions({
    queryKey: ["products", "list", params],
    queryFn: () => getProducts(params),
  })

export const useProducts = (params: GetProductsParams) =>
  useSuspenseQuery(getProductsQueryOptions(params))

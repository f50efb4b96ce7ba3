import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"

const DETAIL_FIELDS =
  "id,title,subtitle,handle,description,thumbnail,*images,*variants,*variants.calculated_price,*variants.options"

export type GetProductParams = {
  handle: string
  regionId: string
}

/** The product with this handle, or null when there is none. */
export async function getProduct({
  handle,
  regionId,
}: GetProductParams): Promise<HttpTypes.StoreProduct | null> {
  const { products } = await getSdk().store.product.list({
    handle,
    region_id: regionId,
    fields: DETAIL_FIELDS,
    limit: 1,
  })
  return products[0] ?? null
}

export const getProductQueryOptions = (params: GetProductParams) =>
  queryOptions({
    queryKey: ["products", "detail", params],
    queryFn: () => getProduct(params),
  })

export const useProduct = (params: GetProductParams) =>
  useSuspenseQuery(getProductQueryOptions(params))

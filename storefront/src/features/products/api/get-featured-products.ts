// The home page's handful of products, and how many the catalogue has in all.
import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { pickFeatured } from "../utils/featured"

/** Products shown on the home page. */
export const FEATURED_COUNT = 8
// Fetch a few more, so products without a photo can give way to those with one.
const CANDIDATES = 16

// Only what a card shows; calculated_price needs region_id; metadata holds the English title.
const CARD_FIELDS = "id,title,handle,thumbnail,metadata,*variants.calculated_price"

export type FeaturedProducts = {
  products: HttpTypes.StoreProduct[]
  /** every published product of the catalogue */
  count: number
}

export async function getFeaturedProducts({ regionId }: { regionId: string }): Promise<FeaturedProducts> {
  const { products, count } = await getSdk().store.product.list({
    limit: CANDIDATES,
    region_id: regionId,
    fields: CARD_FIELDS,
    order: "-created_at",
  })
  return { products: pickFeatured(products, FEATURED_COUNT), count }
}

export const getFeaturedProductsQueryOptions = (params: { regionId: string }) =>
  queryOptions({
    queryKey: ["products", "featured", params],
    queryFn: () => getFeaturedProducts(params),
  })

export const useFeaturedProducts = (params: { regionId: string }) =>
  useSuspenseQuery(getFeaturedProductsQueryOptions(params))

import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"

// metadata holds the English texts (title_en, subtitle_en, description_en); *facility is the facilities plugin's
// link (public fields only); *categories gives the craft.
const DETAIL_FIELDS =
  "id,title,subtitle,handle,description,thumbnail,metadata,*images,*variants,*variants.calculated_price,*variants.options,*categories,*facility"

/** The facility a product comes from, as the store's product API answers it (plugins/facilities/README.md). */
export type ProductFacility = {
  handle: string
  name: string
  short_name: string
  city: string
  province: string
}

export type ProductDetail = HttpTypes.StoreProduct & { facility?: ProductFacility | null }

export type GetProductParams = {
  handle: string
  regionId: string
}

/** The product with this handle, or null when there is none. */
export async function getProduct({ handle, regionId }: GetProductParams): Promise<ProductDetail | null> {
  const { products } = await getSdk().store.product.list({
    handle,
    region_id: regionId,
    fields: DETAIL_FIELDS,
    limit: 1,
  })
  return (products[0] as ProductDetail | undefined) ?? null
}

export const getProductQueryOptions = (params: GetProductParams) =>
  queryOptions({
    queryKey: ["products", "detail", params],
    queryFn: () => getProduct(params),
  })

export const useProduct = (params: GetProductParams) => useSuspenseQuery(getProductQueryOptions(params))

/** The craft (category handle) of a product: its first category, or the craft the seed records in its metadata. */
export function productCraft(product: Pick<HttpTypes.StoreProduct, "categories" | "metadata">): string | null {
  const category = product.categories?.find((c) => c?.handle)?.handle
  if (category) return category
  const craft = product.metadata?.craft
  return typeof craft === "string" && craft ? craft : null
}

/** The facility handle of a product: its linked facility, or the one its metadata records. */
export function productFacilityHandle(product: Pick<ProductDetail, "facility" | "metadata">): string | null {
  if (product.facility?.handle) return product.facility.handle
  const handle = product.metadata?.facility_handle
  return typeof handle === "string" && handle ? handle : null
}

import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"

/** What share of a product's price goes to its makers; amounts in integer rupiah, shares in basis points. */
export type ProductImpact = {
  product_id: string
  template_version: number
  premi_bps: number
  royalty_bps: number
  makers_share_bps: number
  /** of the lowest variant price; null when the product has no price yet */
  price: number | null
  makers_amount: number | null
}

export async function getProductImpact(productId: string): Promise<ProductImpact> {
  const { impact } = await getSdk().client.fetch<{ impact: ProductImpact }>(
    `/store/products/${encodeURIComponent(productId)}/impact`
  )
  return impact
}

export const getProductImpactQueryOptions = (productId: string) =>
  queryOptions({
    queryKey: ["products", "impact", productId],
    queryFn: () => getProductImpact(productId),
  })

export const useProductImpact = (productId: string) => useQuery(getProductImpactQueryOptions(productId))

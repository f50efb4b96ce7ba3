import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"

/** A maker as the store shows her (plugins/facilities/README.md): never her legal name. */
export type ProductMaker = {
  id: string
  label: string
  weight: number
  skills: string[]
  story: { id: string; en: string } | null
  facility_handle: string
}

export async function getProductMakers(productId: string): Promise<ProductMaker[]> {
  const { makers } = await getSdk().client.fetch<{ makers: ProductMaker[] }>(
    `/store/products/${encodeURIComponent(productId)}/makers`
  )
  return makers
}

export const getProductMakersQueryOptions = (productId: string) =>
  queryOptions({
    queryKey: ["products", "makers", productId],
    queryFn: () => getProductMakers(productId),
  })

export const useProductMakers = (productId: string) =>
  useQuery(getProductMakersQueryOptions(productId))

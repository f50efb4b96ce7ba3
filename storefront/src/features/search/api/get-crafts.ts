import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"

/** A craft is a product category; its English name is in metadata.name_en (seed/src/products.ts). */
export type Craft = { handle: string; name: string; name_en?: string }

export async function getCrafts(): Promise<Craft[]> {
  const { product_categories } = await getSdk().store.category.list({ fields: "handle,name,metadata", limit: 100 })
  return product_categories.map((c) => ({
    handle: c.handle,
    name: c.name,
    name_en: typeof c.metadata?.name_en === "string" ? c.metadata.name_en : undefined,
  }))
}

export const getCraftsQueryOptions = () =>
  queryOptions({
    queryKey: ["crafts", "list"],
    queryFn: getCrafts,
    staleTime: 10 * 60 * 1000,
  })

/** Not suspending: the facet list shows names from the hits until this arrives. */
export const useCrafts = () => useQuery(getCraftsQueryOptions())

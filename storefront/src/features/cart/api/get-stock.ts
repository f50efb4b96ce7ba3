// GET /store/products?id[]=… — how many of each variant can still be bought, for the purchase box and the cart.
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import type { VariantStock } from "../utils/stock"

const STOCK_FIELDS =
  "id,variants.id,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity"

/** Stock per variant id of the given products. */
export async function getStock(
  productIds: readonly string[]
): Promise<Record<string, VariantStock>> {
  if (productIds.length === 0) return {}
  const { products } = await getSdk().store.product.list({
    id: [...productIds],
    fields: STOCK_FIELDS,
    limit: productIds.length,
  })
  const stock: Record<string, VariantStock> = {}
  for (const product of products) {
    for (const variant of product.variants ?? []) {
      stock[variant.id] = {
        managed: Boolean(variant.manage_inventory) && !variant.allow_backorder,
        available: Math.max(0, variant.inventory_quantity ?? 0),
      }
    }
  }
  return stock
}

export const getStockQueryOptions = (productIds: readonly string[]) => {
  const ids = [...new Set(productIds)].sort()
  return queryOptions({
    queryKey: ["stock", ids],
    queryFn: () => getStock(ids),
    // Stock moves while people shop: read it fresh on every visit of a page.
    staleTime: 10 * 1000,
  })
}

export const useStock = (productIds: readonly string[]) =>
  useQuery(getStockQueryOptions(productIds))

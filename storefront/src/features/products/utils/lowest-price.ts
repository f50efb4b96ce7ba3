import type { HttpTypes } from "@medusajs/types"

/** The lowest calculated price among the product's variants, or null when none is priced in the region. */
export function lowestPrice(
  product: Pick<HttpTypes.StoreProduct, "variants">
): number | null {
  let lowest: number | null = null
  for (const variant of product.variants ?? []) {
    const amount = variant.calculated_price?.calculated_amount
    if (amount === null || amount === undefined) continue
    const value = Number(amount)
    if (Number.isFinite(value) && (lowest === null || value < lowest))
      lowest = value
  }
  return lowest
}

import type { PortalProduct } from "../api/types"

/** Lowest and highest variant price, or null without variants. */
export function priceRange(product: Pick<PortalProduct, "variants">): { min: number; max: number } | null {
  if (product.variants.length === 0) return null
  const prices = product.variants.map((v) => v.price)
  return { min: Math.min(...prices), max: Math.max(...prices) }
}

export const totalStock = (product: Pick<PortalProduct, "variants">) =>
  product.variants.reduce((sum, v) => sum + v.stock, 0)

/** The weight's share of the total, as a whole percent for display (the ledger does the exact split). */
export function sharePercent(weight: number, weights: number[]): number | null {
  const total = weights.reduce((sum, w) => sum + (w > 0 ? w : 0), 0)
  return weight > 0 && total > 0 ? Math.round((weight / total) * 100) : null
}

// What a buyer can do with a variant's stock: buy any amount, buy up to N, or nothing.

export type VariantStock = {
  /** false: the store does not count this variant (or sells it on backorder), any quantity can be bought */
  managed: boolean
  /** units left to sell when managed */
  available: number
}

export type StockState = "in_stock" | "low" | "out"

/** At or below this many left, the page says how many. */
export const LOW_STOCK = 5

export function stockState(stock: VariantStock | undefined): StockState {
  if (!stock || !stock.managed) return "in_stock"
  if (stock.available <= 0) return "out"
  return stock.available <= LOW_STOCK ? "low" : "in_stock"
}

/** The most a buyer can add (given what she already has in her cart), capped for the quantity field. */
export function maxAddable(
  stock: VariantStock | undefined,
  inCart = 0,
  cap = 99
): number {
  if (!stock || !stock.managed) return Math.max(0, cap - inCart)
  return Math.max(0, Math.min(cap, stock.available - inCart))
}

/** Clamps a typed quantity to 1..max (max at least 1 so the field stays usable). */
export function clampQuantity(value: number, max: number): number {
  if (!Number.isFinite(value)) return 1
  return Math.min(Math.max(1, Math.trunc(value)), Math.max(1, max))
}

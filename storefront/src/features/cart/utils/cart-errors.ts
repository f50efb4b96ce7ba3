// Medusa's cart errors, sorted into what the buyer can do about them. The SDK keeps only the status and message.
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { PromoNotApplicableError } from "./promo-code"
import type { VariantStock } from "./stock"

export type CartProblem =
  /** a line asks for more than is left; which one is found with findShortages */
  | { kind: "out_of_stock" }
  | { kind: "promo_invalid"; code: string }
  | { kind: "promo_not_applicable"; code: string }
  /** no answer from the server: try again */
  | { kind: "network" }
  | { kind: "unknown" }

export function isOutOfStockMessage(message: string): boolean {
  return /required inventory|insufficient.inventory|out of stock|not enough stock/i.test(message)
}

export function cartProblem(error: unknown, promoCode?: string): CartProblem {
  if (error instanceof PromoNotApplicableError) {
    return { kind: "promo_not_applicable", code: error.code }
  }
  if (error instanceof FetchError) {
    if (isOutOfStockMessage(error.message)) return { kind: "out_of_stock" }
    const invalidCode = /promotion code (.+?) is invalid/i.exec(error.message)
    if (invalidCode) return { kind: "promo_invalid", code: promoCode ?? invalidCode[1]! }
    return { kind: "unknown" }
  }
  // fetch() rejects with a TypeError when the server cannot be reached.
  if (error instanceof TypeError) return { kind: "network" }
  return { kind: "unknown" }
}

export type Shortage = {
  lineId: string
  title: string
  variantTitle: string | null
  /** what the line asks for */
  quantity: number
  /** what is left */
  available: number
}

/** The cart's lines that ask for more than is left, with how many are left. */
export function findShortages(
  items: readonly Pick<
    HttpTypes.StoreCartLineItem,
    "id" | "variant_id" | "quantity" | "product_title" | "title" | "variant_title"
  >[],
  stock: Record<string, VariantStock>
): Shortage[] {
  // Two lines of one variant share its stock.
  const wanted = new Map<string, number>()
  for (const item of items) {
    if (item.variant_id) wanted.set(item.variant_id, (wanted.get(item.variant_id) ?? 0) + item.quantity)
  }
  const shortages: Shortage[] = []
  for (const item of items) {
    const variantStock = item.variant_id ? stock[item.variant_id] : undefined
    if (!item.variant_id || !variantStock?.managed) continue
    if ((wanted.get(item.variant_id) ?? 0) <= variantStock.available) continue
    shortages.push({
      lineId: item.id,
      title: item.product_title ?? item.title,
      variantTitle: item.variant_title ?? null,
      quantity: item.quantity,
      available: variantStock.available,
    })
  }
  return shortages
}

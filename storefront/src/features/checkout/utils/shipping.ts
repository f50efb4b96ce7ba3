import type { HttpTypes } from "@medusajs/types"

/** A shipping option's price in rupiah (flat options carry it as calculated_price or amount). */
export function shippingPrice(option: Pick<HttpTypes.StoreCartShippingOption, "amount" | "calculated_price">): number | null {
  const value = option.calculated_price?.calculated_amount ?? option.amount
  const n = typeof value === "string" ? Number(value) : value
  return typeof n === "number" && Number.isFinite(n) ? n : null
}

/** The shipping option the cart has chosen, if any. */
export function chosenShippingOptionId(cart: Pick<HttpTypes.StoreCart, "shipping_methods">): string | null {
  return cart.shipping_methods?.[0]?.shipping_option_id ?? null
}

/** Shipping options whose name and description the storefront translates (by their type code, seed/src/data). */
export const KNOWN_SHIPPING_CODES = ["reguler", "kilat", "ambil-di-lapas"] as const
export type KnownShippingCode = (typeof KNOWN_SHIPPING_CODES)[number]

export function knownShippingCode(code: string | null | undefined): KnownShippingCode | null {
  return (KNOWN_SHIPPING_CODES as readonly string[]).includes(code ?? "") ? (code as KnownShippingCode) : null
}

import type { HttpTypes } from "@medusajs/types"

export const MAX_PROMO_CODE_LENGTH = 64

/** What the buyer typed, without the spaces a copy and paste brings along. */
export function normalisePromoCode(code: string): string {
  return code.trim().replace(/\s+/g, "")
}

/** The codes on the cart (a code can be applied without giving anything, see isPromoApplied). */
export function appliedPromoCodes(cart: Pick<HttpTypes.StoreCart, "promotions">): string[] {
  return (cart.promotions ?? [])
    .map((promotion) => promotion.code)
    .filter((code): code is string => typeof code === "string" && code !== "")
}

/** True when the code (in any case) is one of the cart's promotions. */
export function isPromoApplied(
  cart: Pick<HttpTypes.StoreCart, "promotions">,
  code: string
): boolean {
  const wanted = code.toUpperCase()
  return appliedPromoCodes(cart).some((c) => c.toUpperCase() === wanted)
}

/** The code exists but gives nothing on this cart (its rules do not match): Medusa accepts it silently. */
export class PromoNotApplicableError extends Error {
  constructor(readonly code: string) {
    super(`Promo code ${code} does not apply to this cart`)
  }
}

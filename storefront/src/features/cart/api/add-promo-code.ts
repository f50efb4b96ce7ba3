// POST /store/carts/:id/promotions — applies a promo code.
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import {
  isPromoApplied,
  normalisePromoCode,
  PromoNotApplicableError,
} from "../utils/promo-code"
import { CART_FIELDS, cartQueryKey } from "./get-cart"

export type AddPromoCodeInput = { cartId: string; code: string }

const apply = async (cartId: string, code: string) =>
  (
    await getSdk().store.cart.addPromotions(
      cartId,
      { promo_codes: [code] },
      { fields: CART_FIELDS }
    )
  ).cart

export async function addPromoCode({
  cartId,
  code,
}: AddPromoCodeInput): Promise<HttpTypes.StoreCart> {
  const typed = normalisePromoCode(code)
  let cart: HttpTypes.StoreCart
  try {
    cart = await apply(cartId, typed)
  } catch (error) {
    // Codes are case-sensitive in Medusa and printed in capitals: "hemat10" means HEMAT10.
    const upper = typed.toUpperCase()
    if (!(error instanceof FetchError) || error.status !== 400 || upper === typed) throw error
    cart = await apply(cartId, upper)
  }
  if (!isPromoApplied(cart, typed)) throw new PromoNotApplicableError(typed)
  return cart
}

export function useAddPromoCode() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addPromoCode,
    onSuccess: (cart) => queryClient.setQueryData(cartQueryKey(cart.id), cart),
    onError: (_error, { cartId }) =>
      queryClient.invalidateQueries({ queryKey: cartQueryKey(cartId) }),
  })
}

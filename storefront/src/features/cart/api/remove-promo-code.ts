// DELETE /store/carts/:id/promotions — takes a promo code off the cart.
import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { CART_FIELDS, cartQueryKey } from "./get-cart"

export type RemovePromoCodeInput = { cartId: string; code: string }

export async function removePromoCode({
  cartId,
  code,
}: RemovePromoCodeInput): Promise<HttpTypes.StoreCart> {
  const { cart } = await getSdk().store.cart.removePromotions(
    cartId,
    { promo_codes: [code] },
    { fields: CART_FIELDS }
  )
  return cart
}

export function useRemovePromoCode() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: removePromoCode,
    onSuccess: (cart) => queryClient.setQueryData(cartQueryKey(cart.id), cart),
  })
}

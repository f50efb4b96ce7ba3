// POST /store/carts/:id/shipping-methods — the chosen delivery.
import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { CART_FIELDS, cartQueryKey } from "../../cart/api/get-cart"

export async function addShippingMethod({
  cartId,
  optionId,
}: {
  cartId: string
  optionId: string
}): Promise<HttpTypes.StoreCart> {
  const { cart } = await getSdk().store.cart.addShippingMethod(
    cartId,
    { option_id: optionId },
    { fields: CART_FIELDS }
  )
  return cart
}

export function useAddShippingMethod() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addShippingMethod,
    onSuccess: (cart) => queryClient.setQueryData(cartQueryKey(cart.id), cart),
  })
}

// POST /store/carts/:id — the buyer's email and address (shipping and billing alike).
import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { CART_FIELDS, cartQueryKey } from "../../cart/api/get-cart"
import { toCartAddressUpdate, type ContactAddress } from "../utils/address-schema"

export async function updateCartAddress({
  cartId,
  address,
}: {
  cartId: string
  address: ContactAddress
}): Promise<HttpTypes.StoreCart> {
  const { cart } = await getSdk().store.cart.update(cartId, toCartAddressUpdate(address), {
    fields: CART_FIELDS,
  })
  return cart
}

export function useUpdateCartAddress() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateCartAddress,
    onSuccess: (cart) => {
      queryClient.setQueryData(cartQueryKey(cart.id), cart)
      // Shipping options and their prices can depend on the address.
      void queryClient.invalidateQueries({ queryKey: ["shipping-options", cart.id] })
    },
  })
}

// DELETE /store/carts/:id/line-items/:line_id — takes one line out of the cart.
import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { CART_FIELDS, cartQueryKey } from "./get-cart"

export type RemoveLineItemInput = { cartId: string; lineId: string }

export async function removeLineItem({
  cartId,
  lineId,
}: RemoveLineItemInput): Promise<HttpTypes.StoreCart | undefined> {
  const { parent } = await getSdk().store.cart.deleteLineItem(cartId, lineId, {
    fields: CART_FIELDS,
  })
  return parent
}

export function useRemoveLineItem() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: removeLineItem,
    onSuccess: (cart, { cartId }) => {
      if (cart) queryClient.setQueryData(cartQueryKey(cartId), cart)
      else void queryClient.invalidateQueries({ queryKey: cartQueryKey(cartId) })
    },
  })
}

// POST /store/carts/:id/line-items/:line_id — a new quantity for one line.
import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { CART_FIELDS, cartQueryKey } from "./get-cart"

export type UpdateLineItemInput = {
  cartId: string
  lineId: string
  quantity: number
}

export async function updateLineItem({
  cartId,
  lineId,
  quantity,
}: UpdateLineItemInput): Promise<HttpTypes.StoreCart> {
  const { cart } = await getSdk().store.cart.updateLineItem(
    cartId,
    lineId,
    { quantity },
    { fields: CART_FIELDS }
  )
  return cart
}

export function useUpdateLineItem() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateLineItem,
    onSuccess: (cart) => queryClient.setQueryData(cartQueryKey(cart.id), cart),
  })
}

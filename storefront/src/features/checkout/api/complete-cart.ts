// POST /store/carts/:id/complete — places the order; the caller forgets the cart once the confirmation shows.
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { cartQueryKey, forgetCart } from "../../cart/api/get-cart"

/** Medusa kept the cart and said why (e.g. stock ran out, payment not authorised). */
export class CartNotCompletedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "CartNotCompletedError"
  }
}

export async function completeCart(cartId: string): Promise<HttpTypes.StoreOrder> {
  const result = await getSdk().store.cart.complete(cartId)
  if (result.type === "order") return result.order
  throw new CartNotCompletedError(result.error?.message ?? "The order was not placed")
}

/** After the order is placed (and the confirmation is on screen): the cart is done, the stock has moved. */
export function forgetCompletedCart(queryClient: QueryClient, cartId: string): void {
  forgetCart(cartId)
  queryClient.removeQueries({ queryKey: cartQueryKey(cartId) })
  void queryClient.invalidateQueries({ queryKey: ["stock"] })
}

export function useCompleteCart() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: completeCart,
    onError: (error, cartId) => {
      if (!(error instanceof FetchError) || error.status !== 404) {
        void queryClient.invalidateQueries({ queryKey: cartQueryKey(cartId) })
      }
    },
  })
}

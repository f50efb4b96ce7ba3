// POST /store/carts/:id/line-items — adds a variant; makes the cart first when there is none (or it is gone).
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { currentCartId } from "../utils/cart-id"
import { expoMetadataFor, markExpoCart } from "../utils/expo-visit"
import { createCart } from "./create-cart"
import { CART_FIELDS, cartQueryKey, forgetCart } from "./get-cart"

export type AddToCartInput = { variantId: string; quantity: number }

/** The stored cart cannot take items any more: deleted, expired or already an order. */
function isCartGone(error: unknown): boolean {
  return (
    error instanceof FetchError &&
    (error.status === 404 || /already (been )?completed/i.test(error.message))
  )
}

export async function addToCart(
  queryClient: QueryClient,
  { variantId, quantity }: AddToCartInput
): Promise<HttpTypes.StoreCart> {
  const add = async (cartId: string) => {
    // A cart made before the buyer scanned an expo's QR tag takes the expo now (once).
    const metadata = expoMetadataFor(cartId)
    if (metadata) {
      await getSdk().store.cart.update(cartId, { metadata }, { fields: "id" })
      markExpoCart(cartId)
    }
    const { cart } = await getSdk().store.cart.createLineItem(
      cartId,
      { variant_id: variantId, quantity },
      { fields: CART_FIELDS }
    )
    queryClient.setQueryData(cartQueryKey(cart.id), cart)
    return cart
  }
  const storedId = currentCartId()
  if (storedId) {
    try {
      return await add(storedId)
    } catch (error) {
      if (!isCartGone(error)) throw error
      forgetCart(storedId)
    }
  }
  const cart = await createCart(queryClient)
  return add(cart.id)
}

export function useAddToCart() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: AddToCartInput) => addToCart(queryClient, input),
  })
}

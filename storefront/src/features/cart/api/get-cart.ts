// GET /store/carts/:id — the buyer's cart with its lines, promotions, shipping method and payment sessions.
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { useCartId } from "../hooks/use-cart-id"
import { currentCartId, writeCartId } from "../utils/cart-id"

/** Medusa's default cart fields plus what the cart page and the checkout read. */
export const CART_FIELDS =
  "*items,*promotions,*shipping_methods,*shipping_address,*payment_collection,*payment_collection.payment_sessions"

/** Every cart query starts with this key: invalidate it to refetch the cart (e.g. after signing in). */
export const CART_QUERY_KEY = ["cart"] as const

export const cartQueryKey = (cartId: string | null) =>
  [...CART_QUERY_KEY, cartId ?? "none"] as const

/** The cart, or null when it no longer exists or was already completed into an order. */
export async function getCart(
  cartId: string
): Promise<HttpTypes.StoreCart | null> {
  try {
    const { cart } = await getSdk().store.cart.retrieve(cartId, {
      fields: CART_FIELDS,
    })
    if (cart.completed_at) {
      forgetCart(cartId)
      return null
    }
    return cart
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      forgetCart(cartId)
      return null
    }
    throw error
  }
}

/** Clears the stored id, unless another cart replaced it meanwhile. */
export function forgetCart(cartId: string): void {
  if (currentCartId() === cartId) writeCartId(null)
}

export const getCartQueryOptions = (cartId: string | null) =>
  queryOptions({
    queryKey: cartQueryKey(cartId),
    queryFn: () => (cartId ? getCart(cartId) : null),
    enabled: cartId !== null,
    staleTime: 30 * 1000,
  })

/** The buyer's cart: data is null when there is none (no id stored, or the stored cart is gone). */
export function useCart() {
  const cartId = useCartId()
  const query = useQuery(getCartQueryOptions(cartId))
  return {
    ...query,
    cartId,
    cart: cartId === null ? null : (query.data ?? null),
    /** true only while a stored cart is being fetched for the first time */
    isLoading: cartId !== null && query.isPending,
  }
}

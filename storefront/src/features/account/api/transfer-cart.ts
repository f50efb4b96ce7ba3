// POST /store/carts/:id/customer — a cart filled before signing in becomes the customer's.
import { getSdk } from "../../../lib/sdk"
import { currentCartId } from "../../cart/utils/cart-id"

/**
 * Best effort: a cart that is gone or already ordered stays as it is (the cart feature forgets it when it reads it),
 * and signing in never fails because of the cart.
 */
export async function transferGuestCart(): Promise<void> {
  const cartId = currentCartId()
  if (!cartId) return
  try {
    await getSdk().store.cart.transferCart(cartId, { fields: "id" })
  } catch (error) {
    console.warn("The cart could not be moved to the signed-in customer", error)
  }
}

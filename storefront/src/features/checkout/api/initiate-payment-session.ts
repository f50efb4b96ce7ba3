// POST /store/payment-collections(/:id/payment-sessions) — a payment session for the chosen provider; its data holds
// the bank-transfer details or Stripe's client secret.
import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { getCart, cartQueryKey } from "../../cart/api/get-cart"

export async function initiatePaymentSession({
  cart,
  providerId,
}: {
  cart: HttpTypes.StoreCart
  providerId: string
}): Promise<HttpTypes.StoreCart> {
  await getSdk().store.payment.initiatePaymentSession(cart, { provider_id: providerId })
  const updated = await getCart(cart.id)
  if (!updated) throw new Error(`Cart ${cart.id} is gone`)
  return updated
}

/** The pending session of this provider, if its amount (and its collection's) still matches the cart's total. */
export function currentSession(
  cart: HttpTypes.StoreCart,
  providerId: string
): HttpTypes.StorePaymentSession | undefined {
  const collection = cart.payment_collection
  if (!collection || Number(collection.amount) !== Number(cart.total)) return undefined
  return collection.payment_sessions?.find(
    (session) =>
      session.provider_id === providerId &&
      session.status === "pending" &&
      Number(session.amount) === Number(cart.total)
  )
}

export function useInitiatePaymentSession() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: initiatePaymentSession,
    onSuccess: (cart) => queryClient.setQueryData(cartQueryKey(cart.id), cart),
  })
}

// Sign the customer out on this browser: forget her token, her cart and everything fetched for her.
import { useQueryClient, type QueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { CART_QUERY_KEY } from "../../cart/api/get-cart"
import { currentCartId, writeCartId } from "../../cart/utils/cart-id"
import { accountKeys } from "./query-keys"

/** Nobody is signed in any more: "signed out" for the header and the guards, nothing of hers left in the cache. */
export function forgetCustomer(queryClient: QueryClient): void {
  // Set, not removed, so the header's observer sees the change.
  queryClient.setQueryData(accountKeys.customer(), null)
  queryClient.removeQueries({ queryKey: accountKeys.orders() })
}

/**
 * `leave` navigates away from the signed-in pages first, so they do not refetch without a token. The cart went to
 * the customer at sign-in; a shared computer's next visitor must not see it (nor the address on it).
 */
export function useSignOut() {
  const queryClient = useQueryClient()
  return async (leave: () => Promise<unknown>) => {
    await getSdk().auth.logout()
    if (currentCartId()) writeCartId(null)
    await leave()
    forgetCustomer(queryClient)
    queryClient.removeQueries({ queryKey: CART_QUERY_KEY })
  }
}

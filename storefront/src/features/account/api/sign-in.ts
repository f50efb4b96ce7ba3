// POST /auth/customer/emailpass — sign a customer in, move her cart to her, and remember who she is.
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { CART_QUERY_KEY } from "../../cart/api/get-cart"
import { readTokenClaims, tokenStanding } from "../utils/auth-token"
import { AccountError } from "../utils/errors"
import type { SignInValues } from "../utils/schemas"
import { retrieveCustomer, type Customer } from "./get-customer"
import { accountKeys } from "./query-keys"
import { transferGuestCart } from "./transfer-cart"

export async function signIn({ email, password }: SignInValues): Promise<Customer> {
  const sdk = getSdk()
  const result = await sdk.auth.login("customer", "emailpass", { email, password })
  const token = typeof result === "string" ? result : null
  const standing = tokenStanding(readTokenClaims(token))
  if (standing !== "customer") {
    // The SDK stored whatever came back; a token of no customer must not stay.
    await sdk.client.clearToken()
    throw new AccountError(
      standing === "other-account"
        ? "otherAccount"
        : standing === "unregistered"
          ? "incompleteRegistration"
          : "unknown"
    )
  }
  await transferGuestCart()
  return retrieveCustomer()
}

/** After a sign-in or registration: the account's queries start afresh and the cart refetches as hers. */
export function rememberCustomer(queryClient: QueryClient, customer: Customer): void {
  // The customer query is replaced, not removed: the header's observer keeps following it.
  queryClient.removeQueries({ queryKey: accountKeys.orders() })
  queryClient.setQueryData(accountKeys.customer(), customer)
  void queryClient.invalidateQueries({ queryKey: CART_QUERY_KEY })
}

export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signIn,
    onSuccess: (customer) => rememberCustomer(queryClient, customer),
  })
}

// GET /store/customers/me — the signed-in customer with her addresses, or null when nobody is signed in. A missing,
// expired or refused token is "signed out", never an error: the checkout and the header can read this on any page.
import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { isExpired, readTokenClaims, tokenStanding } from "../utils/auth-token"
import { isUnauthorized } from "../utils/errors"
import { accountKeys } from "./query-keys"

// The default delivery address is the one with is_default_shipping among the addresses.
export const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,*addresses"

export type Customer = HttpTypes.StoreCustomer

/** The customer for the token the SDK holds now; throws when the backend refuses it. */
export async function retrieveCustomer(): Promise<Customer> {
  const { customer } = await getSdk().store.customer.retrieve({ fields: CUSTOMER_FIELDS })
  return customer
}

export async function getCustomer(): Promise<Customer | null> {
  const sdk = getSdk()
  const token = await sdk.client.getToken()
  const claims = readTokenClaims(token)
  // A token of no customer (a registration in progress) is left alone: it is not a signed-in customer either.
  if (!token || tokenStanding(claims) !== "customer") return null
  if (claims && isExpired(claims)) {
    await sdk.client.clearToken()
    return null
  }
  try {
    return await retrieveCustomer()
  } catch (error) {
    if (!isUnauthorized(error)) throw error
    // Refused (revoked, signed with another secret): forget it, unless a new sign-in replaced it meanwhile.
    if ((await sdk.client.getToken()) === token) await sdk.client.clearToken()
    return null
  }
}

export const getCustomerQueryOptions = () =>
  queryOptions({
    queryKey: accountKeys.customer(),
    queryFn: getCustomer,
    staleTime: 5 * 60 * 1000,
  })

/** data: the customer, null when signed out, undefined while the first answer is on its way. */
export const useCustomer = () => useQuery(getCustomerQueryOptions())

// The signed-in customer on the guarded /akun pages (their route made sure there is one).
import { useSuspenseQuery } from "@tanstack/react-query"
import { getCustomerQueryOptions, type Customer } from "../api/get-customer"

/** null only for the moment between signing out and leaving the page. */
export function useSignedInCustomer(): Customer | null {
  return useSuspenseQuery(getCustomerQueryOptions()).data
}

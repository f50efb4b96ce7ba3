// POST /auth/customer/emailpass/register, then POST /store/customers, then sign in: a new customer account.
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import type { RegisterValues } from "../utils/schemas"
import type { Customer } from "./get-customer"
import { rememberCustomer, signIn } from "./sign-in"

export async function register(values: RegisterValues): Promise<Customer> {
  const sdk = getSdk()
  const { email, password, first_name, last_name, phone } = values
  // The identity's token carries no customer yet; it is only good for creating her.
  await sdk.auth.register("customer", "emailpass", { email, password })
  try {
    await sdk.store.customer.create({ email, first_name, last_name: last_name ?? null, phone: phone ?? null })
  } catch (error) {
    await sdk.client.clearToken()
    throw error
  }
  // A token that names the new customer.
  return signIn({ email, password })
}

export function useRegister() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: register,
    onSuccess: (customer) => rememberCustomer(queryClient, customer),
  })
}

// POST /store/customers/me — the customer's name and phone.
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import type { ProfileValues } from "../utils/schemas"
import { CUSTOMER_FIELDS, type Customer } from "./get-customer"
import { accountKeys } from "./query-keys"

export async function updateCustomer(values: ProfileValues): Promise<Customer> {
  const { customer } = await getSdk().store.customer.update(
    {
      first_name: values.first_name,
      // null clears a last name or phone the customer emptied
      last_name: values.last_name ?? null,
      phone: values.phone ?? null,
    },
    { fields: CUSTOMER_FIELDS }
  )
  return customer
}

export function useUpdateCustomer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateCustomer,
    onSuccess: (customer) => queryClient.setQueryData(accountKeys.customer(), customer),
  })
}

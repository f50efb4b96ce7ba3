// POST /store/customers/me/addresses/:id — edit an address, or make it the default delivery address.
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import type { AddressValues } from "../utils/schemas"
import { addressBody } from "./create-address"
import { CUSTOMER_FIELDS, type Customer } from "./get-customer"
import { accountKeys } from "./query-keys"

export type UpdateAddressInput =
  | { id: string; values: AddressValues }
  | { id: string; makeDefault: true }

export async function updateAddress(input: UpdateAddressInput): Promise<Customer> {
  const body = "values" in input ? addressBody(input.values) : { is_default_shipping: true }
  const { customer } = await getSdk().store.customer.updateAddress(input.id, body, {
    fields: CUSTOMER_FIELDS,
  })
  return customer
}

export function useUpdateAddress() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateAddress,
    onSuccess: (customer) => queryClient.setQueryData(accountKeys.customer(), customer),
  })
}

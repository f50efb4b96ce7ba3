// POST /store/customers/me/addresses — a new Indonesian delivery address; her first one becomes the default.
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import type { AddressValues } from "../utils/schemas"
import { CUSTOMER_FIELDS, type Customer } from "./get-customer"
import { accountKeys } from "./query-keys"

export const ADDRESS_COUNTRY = "id"

/** The address body Medusa takes, from the form's checked values (blank optional fields cleared). */
export function addressBody(values: AddressValues) {
  return {
    first_name: values.first_name,
    last_name: values.last_name ?? null,
    address_1: values.address_1,
    address_2: values.address_2 ?? null,
    city: values.city,
    province: values.province,
    postal_code: values.postal_code,
    phone: values.phone,
    country_code: ADDRESS_COUNTRY,
  }
}

export type CreateAddressInput = { values: AddressValues; makeDefault: boolean }

export async function createAddress({ values, makeDefault }: CreateAddressInput): Promise<Customer> {
  const { customer } = await getSdk().store.customer.createAddress(
    { ...addressBody(values), is_default_shipping: makeDefault },
    { fields: CUSTOMER_FIELDS }
  )
  return customer
}

export function useCreateAddress() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createAddress,
    onSuccess: (customer) => queryClient.setQueryData(accountKeys.customer(), customer),
  })
}

// What the address form starts with: the cart's own address (coming back to the checkout), else the signed-in
// customer's, else nothing.
import type { HttpTypes } from "@medusajs/types"
import type { ContactAddressInput } from "./address-schema"
import { matchProvince } from "./provinces"

type AddressLike = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  phone?: string | null
}

function fromAddress(email: string | null | undefined, a: AddressLike | null | undefined): ContactAddressInput {
  return {
    email: email ?? "",
    first_name: a?.first_name ?? "",
    last_name: a?.last_name ?? "",
    address_1: a?.address_1 ?? "",
    address_2: a?.address_2 ?? "",
    city: a?.city ?? "",
    province: (matchProvince(a?.province) ?? "") as ContactAddressInput["province"],
    postal_code: a?.postal_code ?? "",
    phone: a?.phone ?? "",
  }
}

export type CustomerPrefill = Pick<
  HttpTypes.StoreCustomer,
  "email" | "first_name" | "last_name" | "phone" | "default_shipping_address_id" | "addresses"
>

export function initialAddress(
  cart: Pick<HttpTypes.StoreCart, "email" | "shipping_address">,
  customer: CustomerPrefill | null | undefined
): { values: ContactAddressInput; fromAccount: boolean } {
  const fromCart = fromAddress(cart.email, cart.shipping_address)
  if (!customer) return { values: fromCart, fromAccount: false }
  const addresses = customer.addresses ?? []
  // Medusa 2.21 marks the default on the address (is_default_shipping) and leaves default_shipping_address_id empty
  const saved =
    addresses.find((a) => a.is_default_shipping) ??
    addresses.find((a) => a.id === customer.default_shipping_address_id) ??
    addresses.find((a) => a.country_code?.toLowerCase() === "id") ??
    addresses[0]
  const fromAccount = fromAddress(customer.email, saved)
  fromAccount.first_name ||= customer.first_name ?? ""
  fromAccount.last_name ||= customer.last_name ?? ""
  fromAccount.phone ||= customer.phone ?? ""
  // The cart's own address wins (she is coming back to the checkout); a cart made while signed in holds only her
  // email, so the rest comes from her account.
  if (cart.shipping_address?.address_1) return { values: fromCart, fromAccount: false }
  return { values: { ...fromAccount, email: fromCart.email || fromAccount.email }, fromAccount: true }
}

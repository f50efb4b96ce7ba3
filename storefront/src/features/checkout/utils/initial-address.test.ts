import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { initialAddress, type CustomerPrefill } from "./initial-address"

const customer = {
  email: "rini@contoh.id",
  first_name: "Rini",
  last_name: "Wulandari",
  phone: "0811111111",
  default_shipping_address_id: "addr_2",
  addresses: [
    { id: "addr_1", address_1: "Jl. Lama 1", city: "Bogor", province: "Jawa Barat", postal_code: "16111", country_code: "id" },
    { id: "addr_2", address_1: "Jl. Baru 2", city: "Palembang", province: "sumatera selatan", postal_code: "30111", country_code: "id", phone: undefined },
  ],
} as unknown as CustomerPrefill

describe("initialAddress", () => {
  it("fills in the signed-in customer's default address, her name and phone", () => {
    const { values, fromAccount } = initialAddress({ email: undefined, shipping_address: undefined }, customer)
    expect(fromAccount).toBe(true)
    expect(values).toMatchObject({
      email: "rini@contoh.id",
      first_name: "Rini",
      last_name: "Wulandari",
      address_1: "Jl. Baru 2",
      city: "Palembang",
      province: "Sumatera Selatan",
      postal_code: "30111",
      phone: "0811111111",
    })
  })

  it("takes the address Medusa marks is_default_shipping (2.21 leaves default_shipping_address_id empty)", () => {
    const marked = {
      ...customer,
      default_shipping_address_id: null,
      addresses: [customer.addresses[0], { ...customer.addresses[1], id: "addr_3", address_1: "Jl. Utama 3", is_default_shipping: true }],
    } as unknown as CustomerPrefill
    expect(initialAddress({ email: undefined, shipping_address: undefined }, marked).values.address_1).toBe("Jl. Utama 3")
  })

  it("keeps what the cart already holds over the account", () => {
    const cart = {
      email: "tamu@contoh.id",
      shipping_address: { address_1: "Jl. Cart 3", city: "Jambi", province: "Jambi" } as HttpTypes.StoreCartAddress,
    }
    const { values, fromAccount } = initialAddress(cart, customer)
    expect(fromAccount).toBe(false)
    expect(values.email).toBe("tamu@contoh.id")
    expect(values.address_1).toBe("Jl. Cart 3")
  })

  it("fills in the account when the cart holds only the email (a cart made while signed in)", () => {
    const { values, fromAccount } = initialAddress({ email: "rini@contoh.id", shipping_address: undefined }, customer)
    expect(fromAccount).toBe(true)
    expect(values).toMatchObject({ email: "rini@contoh.id", first_name: "Rini", address_1: "Jl. Baru 2" })
  })

  it("is empty for a guest with a fresh cart", () => {
    const { values } = initialAddress({ email: undefined, shipping_address: undefined }, null)
    expect(Object.values(values).every((v) => v === "")).toBe(true)
  })
})

import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { firstOpenStep } from "./checkout-step"

const address = {
  first_name: "Siti",
  address_1: "Jl. Mawar 1",
  city: "Jambi",
  province: "Jambi",
  postal_code: "36111",
  phone: "08123456789",
} as HttpTypes.StoreCartAddress

describe("firstOpenStep", () => {
  it("starts at the address until email and address are complete", () => {
    expect(firstOpenStep({ email: undefined, shipping_address: undefined, shipping_methods: [] })).toBe("address")
    expect(firstOpenStep({ email: "a@b.id", shipping_address: { ...address, province: "Texas" }, shipping_methods: [] })).toBe(
      "address"
    )
  })

  it("goes on to delivery, then payment", () => {
    expect(firstOpenStep({ email: "a@b.id", shipping_address: address, shipping_methods: [] })).toBe("shipping")
    expect(
      firstOpenStep({
        email: "a@b.id",
        shipping_address: address,
        shipping_methods: [{ id: "casm_1" } as HttpTypes.StoreCartShippingMethod],
      })
    ).toBe("payment")
  })
})

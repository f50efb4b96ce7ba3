import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { fieldsInMessage, serverFormError } from "./server-errors"

const bad = (message: string) => new FetchError(message, "Bad Request", 400)

describe("serverFormError", () => {
  it("puts Medusa's field errors under their fields", () => {
    expect(
      serverFormError(
        bad("Invalid request: Expected type: 'string' for field 'shipping_address, postal_code', got: '12345'")
      )
    ).toEqual({ fields: { postal_code: "checkout.errors.postalCode" }, form: null })
    expect(
      serverFormError(
        bad(
          "Invalid request: Expected type: 'string' for field 'shipping_address, first_name', got: '5'; Expected type: 'string' for field 'shipping_address, phone', got: '7'"
        )
      )
    ).toEqual({ fields: { first_name: "checkout.errors.serverField", phone: "checkout.errors.phone" }, form: null })
  })

  it("reads an invalid email as the email field", () => {
    expect(serverFormError(bad("Invalid request: Invalid email address")).fields).toEqual({
      email: "checkout.errors.email",
    })
  })

  it("explains a country outside the region for the whole form", () => {
    expect(serverFormError(bad("Country with code us is not within region Indonesia"))).toEqual({
      fields: {},
      form: "checkout.errors.country",
    })
  })

  it("falls back to one sentence, never the raw message", () => {
    expect(serverFormError(bad("Something odd"))).toEqual({ fields: {}, form: "checkout.errors.serverForm" })
    expect(serverFormError(new FetchError("boom", "Internal Server Error", 500)).form).toBe("checkout.errors.unknown")
    expect(serverFormError(new TypeError("Failed to fetch")).form).toBe("checkout.errors.network")
  })
})

describe("fieldsInMessage", () => {
  it("does not read address_1 inside address_10 or province inside provinces", () => {
    expect(fieldsInMessage("field 'address_10'")).toEqual([])
    expect(fieldsInMessage("unknown provinces")).toEqual([])
    expect(fieldsInMessage("field 'shipping_address, address_1' is required")).toEqual(["address_1"])
  })
})

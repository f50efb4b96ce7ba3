import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { AccountError, describeAccountError, fieldNamed } from "./errors"

// The messages below are the ones Medusa 2.21 answers with (checked against the dev backend).
describe("describeAccountError", () => {
  it("a wrong email or password", () => {
    const error = new FetchError("Invalid email or password", "Unauthorized", 401)
    expect(describeAccountError(error)).toEqual({ code: "invalidCredentials" })
  })

  it("an email that already has an identity or a customer account", () => {
    expect(
      describeAccountError(new FetchError("Identity with email already exists", "Unauthorized", 401))
    ).toEqual({ code: "emailTaken" })
    expect(
      describeAccountError(
        new FetchError("Customer with this email already has an account", "Unprocessable Entity", 422)
      )
    ).toEqual({ code: "emailTaken" })
  })

  it("a field the backend refused, named", () => {
    const error = new FetchError(
      "Invalid request: Expected type: 'string' for field 'phone', got: '12'",
      "Bad Request",
      400
    )
    expect(describeAccountError(error)).toEqual({ code: "invalidField", field: "phone" })
    expect(
      describeAccountError(new FetchError("Invalid request: Field 'shipping_address.postal_code' is required", "Bad Request", 400))
    ).toEqual({ code: "invalidField", field: "postal_code" })
  })

  it("a refused body that names no field of the forms", () => {
    const error = new FetchError("Invalid request: Unrecognized fields: 'bogus'", "Bad Request", 400)
    expect(describeAccountError(error)).toEqual({ code: "invalidData" })
  })

  it("a session the backend no longer takes", () => {
    expect(describeAccountError(new FetchError("Unauthorized", "Unauthorized", 401))).toEqual({
      code: "sessionExpired",
    })
  })

  it("no answer, too many attempts, a server failure", () => {
    expect(describeAccountError(new TypeError("Failed to fetch"))).toEqual({ code: "network" })
    expect(describeAccountError(new FetchError("Too many", "Too Many Requests", 429))).toEqual({
      code: "tooManyAttempts",
    })
    expect(describeAccountError(new FetchError("boom", "Internal Server Error", 500))).toEqual({
      code: "server",
    })
    expect(describeAccountError(new FetchError("gone", "Not Found", 404))).toEqual({ code: "notFound" })
  })

  it("the account's own failures keep their code; anything else is unknown", () => {
    expect(describeAccountError(new AccountError("otherAccount"))).toEqual({ code: "otherAccount" })
    expect(describeAccountError(new Error("whatever"))).toEqual({ code: "unknown" })
    expect(describeAccountError("a string")).toEqual({ code: "unknown" })
  })
})

describe("fieldNamed", () => {
  it("finds the first field of the forms a message quotes", () => {
    expect(fieldNamed("Unrecognized fields: 'bogus', 'city'")).toBe("city")
    expect(fieldNamed("no quotes here")).toBeUndefined()
  })
})

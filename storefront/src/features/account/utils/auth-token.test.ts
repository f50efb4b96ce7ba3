import { describe, expect, it } from "vitest"
import { isExpired, readTokenClaims, tokenStanding } from "./auth-token"
import { customerToken, staffIdentityToken, testToken, unregisteredToken } from "./test-token"

describe("readTokenClaims", () => {
  it("reads the actor and expiry of a Medusa token", () => {
    const claims = readTokenClaims(customerToken("cus_42", 2_000_000_000))
    expect(claims).toEqual({
      actor_id: "cus_42",
      actor_type: "customer",
      app_metadata: { customer_id: "cus_42" },
      exp: 2_000_000_000,
    })
  })

  it("reads names written in any script", () => {
    const claims = readTokenClaims(testToken({ actor_id: "cus_1", actor_type: "customer", app_metadata: { note: "Siti Aminah — ṭ" } }))
    expect(claims?.app_metadata.note).toBe("Siti Aminah — ṭ")
  })

  it("gives null for nothing, garbage or a payload that is not an object", () => {
    expect(readTokenClaims(null)).toBeNull()
    expect(readTokenClaims("")).toBeNull()
    expect(readTokenClaims("not-a-token")).toBeNull()
    expect(readTokenClaims("a.!!!.c")).toBeNull()
    expect(readTokenClaims(`x.${Buffer.from("42").toString("base64url")}.y`)).toBeNull()
  })
})

describe("isExpired", () => {
  it("is expired at and after exp, not before", () => {
    const claims = readTokenClaims(customerToken("cus_1", 1000))!
    expect(isExpired(claims, 999_999)).toBe(false)
    expect(isExpired(claims, 1_000_000)).toBe(true)
  })

  it("never expires a token without exp", () => {
    const claims = readTokenClaims(testToken({ actor_id: "cus_1", actor_type: "customer" }))!
    expect(isExpired(claims)).toBe(false)
  })
})

describe("tokenStanding", () => {
  it("tells a customer from a registration in progress and from a Portal staff identity", () => {
    expect(tokenStanding(readTokenClaims(customerToken()))).toBe("customer")
    expect(tokenStanding(readTokenClaims(unregisteredToken()))).toBe("unregistered")
    expect(tokenStanding(readTokenClaims(staffIdentityToken()))).toBe("other-account")
  })

  it("never takes a staff member's Portal token for a customer", () => {
    const staff = testToken({
      actor_id: "fstf_1",
      actor_type: "facility_staff",
      app_metadata: { facility_staff_id: "fstf_1" },
    })
    expect(tokenStanding(readTokenClaims(staff))).toBe("invalid")
    expect(tokenStanding(null)).toBe("invalid")
  })
})

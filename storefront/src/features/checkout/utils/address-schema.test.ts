import { describe, expect, it } from "vitest"
import {
  normalisePhone,
  toCartAddressUpdate,
  validateContactAddress,
  type ContactAddressInput,
} from "./address-schema"

const good: ContactAddressInput = {
  email: "  siti@contoh.id ",
  first_name: "Siti",
  last_name: "",
  address_1: "Jl. Kapten Pattimura No. 12, RT 03",
  address_2: "",
  city: "Kota Jambi",
  province: "Jambi",
  postal_code: "36111",
  phone: "0812-3456-7890",
}

describe("validateContactAddress", () => {
  it("accepts a complete Indonesian address and tidies it", () => {
    const result = validateContactAddress(good)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.email).toBe("siti@contoh.id")
    expect(result.value.phone).toBe("081234567890")
    expect(result.value.last_name).toBeUndefined()
    expect(result.value.address_2).toBeUndefined()
  })

  it("accepts a buyer with a single name (no last name)", () => {
    expect(validateContactAddress({ ...good, last_name: "   " }).ok).toBe(true)
  })

  it("names every missing required field", () => {
    const result = validateContactAddress({
      ...good,
      email: "",
      first_name: " ",
      address_1: "",
      city: "",
      postal_code: "",
      phone: "",
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      email: "checkout.errors.required",
      first_name: "checkout.errors.required",
      address_1: "checkout.errors.required",
      city: "checkout.errors.required",
      postal_code: "checkout.errors.required",
      phone: "checkout.errors.required",
    })
  })

  it("refuses a postal code that is not 5 digits", () => {
    for (const postal_code of ["3611", "361111", "3611a", "06111"]) {
      const result = validateContactAddress({ ...good, postal_code })
      expect(result.ok ? null : result.errors.postal_code).toBe("checkout.errors.postalCode")
    }
  })

  it("refuses a province that is not on the list", () => {
    const result = validateContactAddress({ ...good, province: "Jakarta Raya" as ContactAddressInput["province"] })
    expect(result.ok ? null : result.errors.province).toBe("checkout.errors.province")
    const empty = validateContactAddress({ ...good, province: "" as ContactAddressInput["province"] })
    expect(empty.ok ? null : empty.errors.province).toBe("checkout.errors.province")
  })

  it("refuses an incomplete email and a foreign or short phone number", () => {
    const email = validateContactAddress({ ...good, email: "siti@contoh" })
    expect(email.ok ? null : email.errors.email).toBe("checkout.errors.email")
    for (const phone of ["+1 415 555 0100", "12345", "0812"]) {
      const result = validateContactAddress({ ...good, phone })
      expect(result.ok ? null : result.errors.phone).toBe("checkout.errors.phone")
    }
  })

  it("refuses text too long for the courier's label", () => {
    const result = validateContactAddress({ ...good, city: "x".repeat(101) })
    expect(result.ok ? null : result.errors.city).toBe("checkout.errors.tooLong")
  })
})

describe("normalisePhone", () => {
  it("writes Indonesian numbers the local way", () => {
    expect(normalisePhone("+62 812 3456 7890")).toBe("081234567890")
    expect(normalisePhone("62-812-3456-7890")).toBe("081234567890")
    expect(normalisePhone("(0741) 123456")).toBe("0741123456")
  })

  it("is null for what is not an Indonesian number", () => {
    expect(normalisePhone("+44 20 7946 0958")).toBeNull()
    expect(normalisePhone("0000000")).toBeNull()
    expect(normalisePhone("abc")).toBeNull()
  })
})

describe("toCartAddressUpdate", () => {
  it("sends the same address for shipping and billing, in Indonesia", () => {
    const result = validateContactAddress(good)
    if (!result.ok) throw new Error("expected a valid address")
    const update = toCartAddressUpdate(result.value)
    expect(update.email).toBe("siti@contoh.id")
    expect(update.shipping_address).toEqual(update.billing_address)
    expect(update.shipping_address).toMatchObject({
      first_name: "Siti",
      last_name: "",
      province: "Jambi",
      postal_code: "36111",
      phone: "081234567890",
      country_code: "id",
    })
  })
})

import { describe, expect, it } from "vitest"
import { PROVINCES } from "../../checkout/utils/provinces"
import {
  addressSchema,
  fieldErrors,
  profileSchema,
  registerSchema,
  signInSchema,
  type AddressValues,
} from "./schemas"

const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrors(result.error as Parameters<typeof fieldErrors>[0])

describe("registerSchema", () => {
  const valid = {
    first_name: "  Siti ",
    last_name: "",
    email: " Siti.Aminah@Contoh.ID ",
    phone: "0812-3456 7890",
    password: "rahasia12",
  }

  it("accepts a new customer, trimmed, the email in lower case, the phone compact, blanks dropped", () => {
    expect(registerSchema.parse(valid)).toEqual({
      first_name: "Siti",
      last_name: undefined,
      email: "siti.aminah@contoh.id",
      phone: "081234567890",
      password: "rahasia12",
    })
  })

  it("takes a phone with the country code, and no phone at all", () => {
    expect(registerSchema.parse({ ...valid, phone: "+62 812 3456 7890" }).phone).toBe("081234567890")
    expect(registerSchema.parse({ ...valid, phone: "(021) 345-6789" }).phone).toBe("0213456789")
    expect(registerSchema.parse({ ...valid, phone: "  " }).phone).toBeUndefined()
  })

  it("names each field that is wrong, with the rule it broke", () => {
    const result = registerSchema.safeParse({
      first_name: " ",
      last_name: "",
      email: "siti@",
      phone: "12345",
      password: "pendek",
    })
    expect(errorsOf(result)).toEqual({
      first_name: "required",
      email: "email",
      phone: "phone",
      password: "passwordShort",
    })
  })

  it("an empty email is missing, not malformed", () => {
    expect(errorsOf(registerSchema.safeParse({ ...valid, email: "" }))).toEqual({ email: "required" })
  })

  it("keeps the password as typed (spaces count) and bounds it", () => {
    expect(registerSchema.parse({ ...valid, password: " 8 chars " }).password).toBe(" 8 chars ")
    expect(errorsOf(registerSchema.safeParse({ ...valid, password: "x".repeat(129) }))).toEqual({
      password: "passwordLong",
    })
  })

  it("refuses a foreign or landline-less number shape", () => {
    expect(errorsOf(registerSchema.safeParse({ ...valid, phone: "+1 202 555 0100" }))).toEqual({ phone: "phone" })
    expect(errorsOf(registerSchema.safeParse({ ...valid, phone: "0812" }))).toEqual({ phone: "phone" })
  })
})

describe("signInSchema", () => {
  it("needs both fields; the email is matched in lower case", () => {
    expect(signInSchema.parse({ email: "SITI@contoh.id", password: "x" })).toEqual({
      email: "siti@contoh.id",
      password: "x",
    })
    expect(errorsOf(signInSchema.safeParse({ email: "", password: "" }))).toEqual({
      email: "required",
      password: "required",
    })
  })
})

describe("profileSchema", () => {
  it("clears a last name and phone emptied by the customer", () => {
    expect(profileSchema.parse({ first_name: "Siti", last_name: " ", phone: "" })).toEqual({
      first_name: "Siti",
      last_name: undefined,
      phone: undefined,
    })
  })
})

describe("addressSchema", () => {
  const valid: Record<keyof AddressValues, string> = {
    first_name: "Siti",
    last_name: "Aminah",
    phone: "0812 3456 7890",
    address_1: "Jl. Sultan Thaha No. 12, RT 03/RW 01",
    address_2: "",
    city: "Kota Jambi",
    province: "Jambi",
    postal_code: "36111",
  }

  it("accepts an Indonesian address", () => {
    expect(addressSchema.parse(valid)).toEqual({
      ...valid,
      phone: "081234567890",
      address_2: undefined,
    })
  })

  it("takes only one of the 38 provinces", () => {
    expect(PROVINCES).toHaveLength(38)
    expect(new Set(PROVINCES).size).toBe(38)
    expect(addressSchema.parse({ ...valid, province: "Papua Barat Daya" }).province).toBe("Papua Barat Daya")
    expect(errorsOf(addressSchema.safeParse({ ...valid, province: "Jawa" }))).toEqual({ province: "province" })
    expect(errorsOf(addressSchema.safeParse({ ...valid, province: "" }))).toEqual({ province: "province" })
  })

  it("wants a postal code of exactly 5 digits", () => {
    for (const postal_code of ["3611", "361111", "3611a", "01234"]) {
      expect(errorsOf(addressSchema.safeParse({ ...valid, postal_code }))).toEqual({ postal_code: "postalCode" })
    }
    expect(errorsOf(addressSchema.safeParse({ ...valid, postal_code: " " }))).toEqual({ postal_code: "required" })
    expect(addressSchema.parse({ ...valid, postal_code: " 10110 " }).postal_code).toBe("10110")
  })

  it("needs the recipient's name, street, city and phone", () => {
    const result = addressSchema.safeParse({ ...valid, first_name: "", address_1: "", city: " ", phone: "" })
    expect(errorsOf(result)).toEqual({
      first_name: "required",
      address_1: "required",
      city: "required",
      phone: "required",
    })
  })

  it("bounds the lengths", () => {
    expect(errorsOf(addressSchema.safeParse({ ...valid, address_1: "x".repeat(201) }))).toEqual({
      address_1: "tooLong",
    })
  })
})

// The account forms' rules (zod). Messages are keys under account.validation, translated where they are shown.
import { z } from "zod"
// The checkout's list: one list of the 38 provinces for the whole store.
import { PROVINCES } from "../../checkout/utils/provinces"

export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128
const NAME_MAX = 100
const LINE_MAX = 200

export type ValidationKey =
  | "required"
  | "email"
  | "passwordShort"
  | "passwordLong"
  | "phone"
  | "postalCode"
  | "province"
  | "tooLong"

const message = (key: ValidationKey) => ({ error: key })

const requiredText = (max: number) =>
  z.string().trim().min(1, message("required")).max(max, message("tooLong"))

/** Blank → undefined, else trimmed and at most `max` long. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, message("tooLong"))
    .transform((value) => (value === "" ? undefined : value))

// Emails are kept in lower case: the sign-in looks the email up exactly as typed at registration.
const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, message("required"))
  .pipe(z.email(message("email")))

// An Indonesian number: 08xx / +628xx / 628xx mobiles and 0xx landlines, 9 to 13 digits with the leading 0.
const PHONE = /^(?:\+62|62|0)([1-9]\d{7,11})$/

/**
 * The number as the store keeps it: without the spaces, dashes, dots and brackets people type, and with +62 / 62
 * written as 0 (as the checkout does), so one phone is one string. undefined when it is not an Indonesian number.
 */
export function normalisePhone(value: string): string | undefined {
  const match = PHONE.exec(value.replace(/[\s\-.()]/g, ""))
  return match ? `0${match[1]}` : undefined
}

const phone = z
  .string()
  .trim()
  .min(1, message("required"))
  .refine((value) => normalisePhone(value) !== undefined, message("phone"))
  .transform((value) => normalisePhone(value) ?? value)

const optionalPhone = z
  .string()
  .trim()
  .refine((value) => value === "" || normalisePhone(value) !== undefined, message("phone"))
  .transform((value) => (value === "" ? undefined : normalisePhone(value)))

export const signInSchema = z.object({
  email,
  password: z.string().min(1, message("required")),
})
export type SignInValues = z.infer<typeof signInSchema>

export const registerSchema = z.object({
  first_name: requiredText(NAME_MAX),
  // Many Indonesians have one name: the last name may stay empty.
  last_name: optionalText(NAME_MAX),
  email,
  phone: optionalPhone,
  password: z
    .string()
    .min(PASSWORD_MIN, message("passwordShort"))
    .max(PASSWORD_MAX, message("passwordLong")),
})
export type RegisterValues = z.infer<typeof registerSchema>

export const profileSchema = z.object({
  first_name: requiredText(NAME_MAX),
  last_name: optionalText(NAME_MAX),
  phone: optionalPhone,
})
export type ProfileValues = z.infer<typeof profileSchema>

export const addressSchema = z.object({
  first_name: requiredText(NAME_MAX),
  last_name: optionalText(NAME_MAX),
  address_1: requiredText(LINE_MAX),
  address_2: optionalText(LINE_MAX),
  city: requiredText(NAME_MAX),
  province: z.enum(PROVINCES, message("province")),
  // five digits, the first never 0 (the checkout checks the same)
  postal_code: z
    .string()
    .trim()
    .min(1, message("required"))
    .regex(/^[1-9]\d{4}$/, message("postalCode")),
  phone,
})
export type AddressValues = z.infer<typeof addressSchema>

/** Field name → the message key of its first problem, for the form to show beside each field. */
export type FieldErrors<K extends string> = Partial<Record<K, ValidationKey>>

export function fieldErrors<K extends string>(error: z.ZodError): FieldErrors<K> {
  const errors: FieldErrors<K> = {}
  for (const issue of error.issues) {
    const field = issue.path[0]
    if (typeof field !== "string" || field in errors) continue
    errors[field as K] = isValidationKey(issue.message) ? issue.message : "required"
  }
  return errors
}

const VALIDATION_KEYS: readonly string[] = [
  "required",
  "email",
  "passwordShort",
  "passwordLong",
  "phone",
  "postalCode",
  "province",
  "tooLong",
] satisfies ValidationKey[]

function isValidationKey(value: string): value is ValidationKey {
  return VALIDATION_KEYS.includes(value)
}

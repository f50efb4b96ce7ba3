// The checkout's contact and Indonesian shipping address, validated before anything is sent. Error messages are
// translation keys (checkout.errors.*), so the form shows them in the buyer's language.
import { z } from "zod"
import { PROVINCES } from "./provinces"

export const ERROR = {
  required: "checkout.errors.required",
  email: "checkout.errors.email",
  phone: "checkout.errors.phone",
  postalCode: "checkout.errors.postalCode",
  province: "checkout.errors.province",
  tooLong: "checkout.errors.tooLong",
} as const

export type AddressErrorKey = (typeof ERROR)[keyof typeof ERROR]

const text = (max: number) =>
  z
    .string({ error: ERROR.required })
    .trim()
    .min(1, { error: ERROR.required })
    .max(max, { error: ERROR.tooLong })

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: ERROR.tooLong })
    .optional()
    .transform((value) => (value ? value : undefined))

/** "0812-3456-789", "+62 812 3456 789", "62812…" → "08123456789"; null when it is not an Indonesian number. */
export function normalisePhone(value: string): string | null {
  const compact = value.replace(/[\s\-().]/g, "")
  const match = /^(?:\+62|62|0)([1-9]\d{6,12})$/.exec(compact)
  return match ? `0${match[1]}` : null
}

export const contactAddressSchema = z.object({
  email: z
    .string({ error: ERROR.required })
    .trim()
    .min(1, { error: ERROR.required })
    .max(254, { error: ERROR.tooLong })
    .pipe(z.email({ error: ERROR.email })),
  first_name: text(80),
  last_name: optionalText(80),
  address_1: text(200),
  address_2: optionalText(200),
  city: text(100),
  province: z.enum(PROVINCES, { error: ERROR.province }),
  postal_code: z
    .string({ error: ERROR.required })
    .trim()
    .min(1, { error: ERROR.required })
    .regex(/^[1-9]\d{4}$/, { error: ERROR.postalCode }),
  phone: z
    .string({ error: ERROR.required })
    .trim()
    .min(1, { error: ERROR.required })
    .transform((value, ctx) => {
      const phone = normalisePhone(value)
      if (!phone) {
        ctx.addIssue({ code: "custom", message: ERROR.phone })
        return z.NEVER
      }
      return phone
    }),
})

export type ContactAddressInput = z.input<typeof contactAddressSchema>
export type ContactAddress = z.output<typeof contactAddressSchema>
export type AddressField = keyof ContactAddressInput

export const ADDRESS_FIELDS = [
  "email",
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "phone",
] as const satisfies readonly AddressField[]

export type FieldErrors = Partial<Record<AddressField, string>>

/** The valid address, or the first error (a translation key) of each field. */
export function validateContactAddress(
  input: ContactAddressInput
): { ok: true; value: ContactAddress } | { ok: false; errors: FieldErrors } {
  const result = contactAddressSchema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0]
    if (typeof field === "string" && (ADDRESS_FIELDS as readonly string[]).includes(field)) {
      errors[field as AddressField] ??= issue.message
    }
  }
  return { ok: false, errors }
}

/** The cart update Medusa takes: the same address for shipping and billing, in Indonesia. */
export function toCartAddressUpdate(value: ContactAddress) {
  const address = {
    first_name: value.first_name,
    last_name: value.last_name ?? "",
    address_1: value.address_1,
    address_2: value.address_2 ?? "",
    city: value.city,
    province: value.province,
    postal_code: value.postal_code,
    phone: value.phone,
    country_code: "id",
  }
  return { email: value.email, shipping_address: address, billing_address: address }
}

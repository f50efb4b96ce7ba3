// Medusa's 400 answers to the address form, mapped to the field they are about. Its messages read e.g.
// "Invalid request: Expected type: 'string' for field 'shipping_address, postal_code', got: '12345'" or
// "Invalid request: Invalid email address".
import { FetchError } from "@medusajs/js-sdk"
import { ADDRESS_FIELDS, ERROR, type AddressField, type FieldErrors } from "./address-schema"

export type ServerFormError = {
  /** errors to show under their fields (translation keys) */
  fields: FieldErrors
  /** a translation key for the whole form, when no field is named */
  form: string | null
}

const FIELD_HINT: Partial<Record<AddressField, string>> = {
  email: ERROR.email,
  phone: ERROR.phone,
  postal_code: ERROR.postalCode,
  province: ERROR.province,
}

/** The address fields a server message names, in order of mention. */
export function fieldsInMessage(message: string): AddressField[] {
  const found: { field: AddressField; at: number }[] = []
  for (const field of ADDRESS_FIELDS) {
    const re = new RegExp(`(^|[^a-z0-9_])${field}($|[^a-z0-9_])`, "gi")
    const match = re.exec(message)
    if (match) found.push({ field, at: match.index })
  }
  if (found.length === 0 && /\bemail\b/i.test(message)) return ["email"]
  return found.sort((a, b) => a.at - b.at).map((f) => f.field)
}

export function serverFormError(error: unknown): ServerFormError {
  if (error instanceof FetchError && error.status === 400) {
    if (/country/i.test(error.message)) return { fields: {}, form: "checkout.errors.country" }
    const fields: FieldErrors = {}
    for (const field of fieldsInMessage(error.message)) {
      fields[field] = FIELD_HINT[field] ?? "checkout.errors.serverField"
    }
    if (Object.keys(fields).length > 0) return { fields, form: null }
    return { fields: {}, form: "checkout.errors.serverForm" }
  }
  if (error instanceof TypeError) return { fields: {}, form: "checkout.errors.network" }
  return { fields: {}, form: "checkout.errors.unknown" }
}

// Turns a failed account request into something a person can act on: a code the forms translate, and the field to
// point at when the backend named one. The backend's own text never reaches the screen.
import { FetchError } from "@medusajs/js-sdk"

export type AccountErrorCode =
  | "invalidCredentials"
  | "emailTaken"
  | "otherAccount"
  | "incompleteRegistration"
  | "sessionExpired"
  | "invalidField"
  | "invalidData"
  | "notFound"
  | "tooManyAttempts"
  | "network"
  | "server"
  | "unknown"

/** Fields the backend may name in a 400, as the account forms call them (Medusa's own names). */
export const KNOWN_FIELDS = [
  "email",
  "password",
  "first_name",
  "last_name",
  "phone",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
] as const
export type KnownField = (typeof KNOWN_FIELDS)[number]

export type AccountFailure = { code: AccountErrorCode; field?: KnownField }

/** A failure the account code raises itself (not an HTTP answer). */
export class AccountError extends Error {
  readonly code: AccountErrorCode
  constructor(code: AccountErrorCode) {
    super(code)
    this.name = "AccountError"
    this.code = code
  }
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof FetchError) return error.status
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = (error as { status: unknown }).status
    return typeof status === "number" ? status : undefined
  }
  return undefined
}

/** The field a Medusa validation message names: "... for field 'phone' ...", "Unrecognized fields: 'x'". */
export function fieldNamed(message: string): KnownField | undefined {
  for (const match of message.matchAll(/'([a-z_0-9.]+)'/gi)) {
    const name = match[1]?.split(".").pop()
    const field = KNOWN_FIELDS.find((known) => known === name)
    if (field) return field
  }
  return undefined
}

export function describeAccountError(error: unknown): AccountFailure {
  if (error instanceof AccountError) return { code: error.code }
  const status = statusOf(error)
  const message = error instanceof Error ? error.message : ""

  if (/identity with email already exists|already has an account/i.test(message)) {
    return { code: "emailTaken" }
  }
  if (status === undefined) {
    // fetch() rejects with a TypeError when the request never got an answer
    return { code: error instanceof TypeError ? "network" : "unknown" }
  }
  if (status === 401) {
    return /invalid email or password/i.test(message)
      ? { code: "invalidCredentials" }
      : { code: "sessionExpired" }
  }
  if (status === 400 || status === 422) {
    const field = fieldNamed(message)
    return field ? { code: "invalidField", field } : { code: "invalidData" }
  }
  if (status === 409) return { code: "emailTaken" }
  if (status === 404) return { code: "notFound" }
  if (status === 429) return { code: "tooManyAttempts" }
  if (status >= 500) return { code: "server" }
  return { code: "unknown" }
}

export const isUnauthorized = (error: unknown) => statusOf(error) === 401
export const isNotFound = (error: unknown) => statusOf(error) === 404

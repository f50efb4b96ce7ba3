// The expo form's values, the checks made before sending (the server checks again and names the field), and the
// bodies it sends. Dates and times are typed as Jakarta's wall clock and sent with +07:00.
import type { CreateExpoBody, ExpoDetail, UpdateExpoBody } from "../api/types"
import { jakartaParts, toJakartaIso } from "./dates"
import { handleFromName, isHandle } from "./handle"

export type ExpoFormValues = {
  name: string
  handle: string
  /** once the officer types a handle herself, the name stops rewriting it */
  handleEdited: boolean
  venue: string
  city: string
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  programId: string
  promoCode: string
  /** the code's discount in percent, as typed (1–50) */
  promoPercentage: string
  productIds: string[]
}

/** The server's field names, which its 400s mention. */
export const EXPO_FIELDS = [
  "name",
  "handle",
  "venue",
  "city",
  "starts_at",
  "ends_at",
  "program_id",
  "promo_code",
  "promo_percentage",
  "product_ids",
] as const
export type ExpoField = (typeof EXPO_FIELDS)[number]
export type ExpoProblem = "required" | "handle" | "promoCode" | "promoPercentage" | "dateTime" | "endBeforeStart" | "tooLong"

export const PROMO_PATTERN = /^[A-Z0-9_-]{3,40}$/
const LIMITS = { name: 120, venue: 200, city: 80 } as const

export function newExpoValues(programs: { id: string }[]): ExpoFormValues {
  return {
    name: "",
    handle: "",
    handleEdited: false,
    venue: "",
    city: "",
    startDate: "",
    startTime: "09:00",
    endDate: "",
    endTime: "21:00",
    // one program: nothing to choose
    programId: programs.length === 1 ? programs[0]!.id : "",
    promoCode: "",
    promoPercentage: "10",
    productIds: [],
  }
}

export function expoValues(expo: ExpoDetail): ExpoFormValues {
  const start = jakartaParts(expo.starts_at)
  const end = jakartaParts(expo.ends_at)
  return {
    name: expo.name,
    handle: expo.handle,
    handleEdited: true,
    venue: expo.venue,
    city: expo.city,
    startDate: start?.date ?? "",
    startTime: start?.time ?? "",
    endDate: end?.date ?? "",
    endTime: end?.time ?? "",
    programId: expo.program_id,
    promoCode: expo.promo_code ?? "",
    promoPercentage: String(expo.promo_percentage ?? 10),
    productIds: expo.products.map((p) => p.id),
  }
}

/** A new name; the handle follows it until the officer edits the handle herself. */
export function withName(values: ExpoFormValues, name: string): ExpoFormValues {
  return { ...values, name, handle: values.handleEdited ? values.handle : handleFromName(name) }
}

/** A handle typed by hand: kept as typed (lowercased), and no longer derived from the name unless emptied. */
export function withHandle(values: ExpoFormValues, handle: string): ExpoFormValues {
  const typed = handle.toLowerCase()
  return typed.trim() === ""
    ? { ...values, handle: handleFromName(values.name), handleEdited: false }
    : { ...values, handle: typed, handleEdited: true }
}

/** Promo codes are capitals: typed lowercase, shown and sent uppercase. */
export const normalizePromoCode = (code: string) => code.toUpperCase().replace(/\s+/g, "")

export function validateExpoForm(values: ExpoFormValues, { requireProgram }: { requireProgram: boolean }) {
  const problems: Partial<Record<ExpoField, ExpoProblem>> = {}
  for (const field of ["name", "venue", "city"] as const) {
    const value = values[field].trim()
    if (!value) problems[field] = "required"
    else if (value.length > LIMITS[field]) problems[field] = "tooLong"
  }
  const handle = values.handle.trim()
  if (!handle) problems.handle = "required"
  else if (!isHandle(handle)) problems.handle = "handle"
  const starts = toJakartaIso(values.startDate, values.startTime)
  const ends = toJakartaIso(values.endDate, values.endTime)
  if (!values.startDate) problems.starts_at = "required"
  else if (!starts) problems.starts_at = "dateTime"
  if (!values.endDate) problems.ends_at = "required"
  else if (!ends) problems.ends_at = "dateTime"
  else if (starts && new Date(ends).getTime() < new Date(starts).getTime()) problems.ends_at = "endBeforeStart"
  if (requireProgram && !values.programId) problems.program_id = "required"
  const promo = normalizePromoCode(values.promoCode)
  if (promo && !PROMO_PATTERN.test(promo)) problems.promo_code = "promoCode"
  if (promo && parsePercentage(values.promoPercentage) === null) problems.promo_percentage = "promoPercentage"
  return problems
}

/** A whole percentage from 1 to 50, or null. */
export function parsePercentage(typed: string): number | null {
  const value = typed.trim()
  if (!/^\d{1,2}$/.test(value)) return null
  const n = Number(value)
  return n >= 1 && n <= 50 ? n : null
}

/** Call after validateExpoForm found nothing. */
export function createExpoBody(values: ExpoFormValues): CreateExpoBody {
  const promo = normalizePromoCode(values.promoCode)
  return {
    name: values.name.trim(),
    handle: values.handle.trim(),
    venue: values.venue.trim(),
    city: values.city.trim(),
    starts_at: toJakartaIso(values.startDate, values.startTime)!,
    ends_at: toJakartaIso(values.endDate, values.endTime)!,
    program_id: values.programId,
    ...(promo ? { promo_code: promo, promo_percentage: parsePercentage(values.promoPercentage)! } : {}),
    product_ids: values.productIds,
  }
}

/** Only what changed (the server checks the dates against the stored ones); an emptied promo code is sent as null. */
export function updateExpoBody(values: ExpoFormValues, expo: ExpoDetail): UpdateExpoBody {
  const body: UpdateExpoBody = {}
  const next = createExpoBody(values)
  if (next.name !== expo.name) body.name = next.name
  if (next.handle !== expo.handle) body.handle = next.handle
  if (next.venue !== expo.venue) body.venue = next.venue
  if (next.city !== expo.city) body.city = next.city
  if (new Date(next.starts_at).getTime() !== new Date(expo.starts_at).getTime()) body.starts_at = next.starts_at
  if (new Date(next.ends_at).getTime() !== new Date(expo.ends_at).getTime()) body.ends_at = next.ends_at
  const promo = next.promo_code ?? null
  if (promo !== (expo.promo_code ?? null)) body.promo_code = promo
  if (promo && next.promo_percentage !== (expo.promo_percentage ?? null)) body.promo_percentage = next.promo_percentage
  return body
}

// Where a refused booth sale's message belongs: under the basket line it names, under the payment field it names,
// or above the form. The server's 400 names `items[<n>]…` or a variant id for a line, or the field.
import { fieldFromMessage } from "../../../lib/error-field"
import type { BasketLine } from "./basket"

export const BOOTH_FIELDS = ["payment_reference", "payment_method", "email"] as const
export type BoothField = (typeof BOOTH_FIELDS)[number]

/** What the booth shows after a refusal: a message per basket line (by variant id), per field, or for the form. */
export type BoothErrors = {
  lines: Record<string, string>
  fields: Partial<Record<BoothField, string>>
  form: string | null
}

export type BoothErrorTarget = { line: string } | { field: BoothField } | { form: true }

export function boothErrorTarget(message: string, lines: BasketLine[]): BoothErrorTarget {
  // "items[1].quantity: …" from the sale's own checks, "field 'items, 1, quantity'" from Medusa's body validation
  const indexed = /\bitems(?:\.|\[|, )(\d+)/.exec(message)
  if (indexed) {
    const line = lines[Number(indexed[1])]
    if (line) return { line: line.variantId }
  }
  const named = lines.find((l) => message.includes(l.variantId))
  if (named) return { line: named.variantId }
  const field = fieldFromMessage(message, BOOTH_FIELDS)
  return field ? { field } : { form: true }
}

// The payout form: an amount in whole rupiah typed as staff write it, how the premi was paid, and a note.
import type { PayoutBody, PayoutMethod } from "../api/types"
import { parseWholeNumber } from "./whole-number"

export const PAYOUT_METHODS = ["savings_account", "handed_at_release", "held_by_facility"] as const satisfies readonly PayoutMethod[]

/** The fields a server message can name; also the ids of their inputs (prefixed "payout-"). */
export const PAYOUT_FIELDS = ["amount", "method", "note", "participant_id"] as const
export type PayoutField = (typeof PAYOUT_FIELDS)[number]

/** i18n keys under portal.errors */
export type PayoutFormErrors = Partial<Record<PayoutField, "positiveNumber" | "required">>

export type PayoutFormValues = { amount: string; method: PayoutMethod | ""; note: string }

export const emptyPayoutForm = (): PayoutFormValues => ({ amount: "", method: "", note: "" })

export function validatePayoutForm(values: PayoutFormValues): PayoutFormErrors {
  const errors: PayoutFormErrors = {}
  const amount = parseWholeNumber(values.amount)
  if (amount === null || amount <= 0) errors.amount = "positiveNumber"
  if (!values.method) errors.method = "required"
  return errors
}

export function toPayoutBody(participantId: string, values: PayoutFormValues): PayoutBody {
  const note = values.note.trim()
  return {
    participant_id: participantId,
    amount: parseWholeNumber(values.amount) ?? 0,
    method: values.method || "savings_account",
    ...(note ? { note } : {}),
  }
}

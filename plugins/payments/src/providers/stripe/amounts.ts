import type { BigNumberInput } from "@medusajs/framework/types"
import { getAmountFromSmallestUnit, getSmallestUnit } from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"

/** Key in a Stripe session's / payment's data when Stripe took another amount than Medusa asked for. */
export const AMOUNT_MISMATCH_KEY = "karya_amount_mismatch"

export type AmountMismatch = {
  payment_intent: string
  status: string
  currency: string
  /** Stripe's smallest unit (IDR: hundredths of a rupiah) */
  expected: number
  received: number
  /** the same in Medusa's major units */
  expected_amount: number
  received_amount: number
}

/**
 * Whether two Medusa amounts (major units) are the same amount at Stripe. Both go through Medusa's own conversion to
 * Stripe's smallest unit (`getSmallestUnit`: IDR is two-decimal at Stripe, Rp 150.000 → 15000000), the one the
 * provider used to create the intent, so a total with a fraction compares as Stripe saw it. Never converted by hand.
 */
export function sameStripeAmount(a: BigNumberInput, b: BigNumberInput, currency: string): boolean {
  return getSmallestUnit(a, currency) === getSmallestUnit(b, currency)
}

/** Stripe's smallest unit → Medusa's major units, by Medusa's conversion. */
export const fromStripeAmount = (amount: number, currency: string): number => Number(getAmountFromSmallestUnit(amount, currency))

export function amountMismatchOf(data: unknown): AmountMismatch | null {
  const value = (data as Record<string, unknown> | null | undefined)?.[AMOUNT_MISMATCH_KEY]
  return value && typeof value === "object" ? (value as AmountMismatch) : null
}

// Where the buyer is in the checkout, read from what the cart already holds (so a reload keeps her place).
import type { HttpTypes } from "@medusajs/types"
import { matchProvince } from "./provinces"

export const STEPS = ["address", "shipping", "payment", "review"] as const
export type CheckoutStep = (typeof STEPS)[number]

type StepSource = Pick<HttpTypes.StoreCart, "email" | "shipping_address" | "shipping_methods">

export function hasAddress(cart: StepSource): boolean {
  const a = cart.shipping_address
  return Boolean(
    cart.email &&
      a?.first_name &&
      a.address_1 &&
      a.city &&
      matchProvince(a.province) &&
      a.postal_code &&
      a.phone
  )
}

/** The first step the cart still needs; payment is always asked again (the choice is not kept on the cart). */
export function firstOpenStep(cart: StepSource): CheckoutStep {
  if (!hasAddress(cart)) return "address"
  if ((cart.shipping_methods?.length ?? 0) === 0) return "shipping"
  return "payment"
}

export function stepIndex(step: CheckoutStep): number {
  return STEPS.indexOf(step)
}

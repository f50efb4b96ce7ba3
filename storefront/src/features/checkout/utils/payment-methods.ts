// Which ways to pay the checkout offers, from the region's payment providers and the storefront's configuration.

export const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_bank-transfer"
export const STRIPE_PROVIDER = "pp_stripe_stripe"
/** Medusa's manual provider: the store's bank transfer until the bank-transfer provider is installed. */
export const SYSTEM_PROVIDER = "pp_system_default"

export type PaymentMethod =
  | { kind: "bank_transfer"; providerId: string; /** false: no instructions from the provider */ withInstructions: boolean }
  | { kind: "card"; providerId: string }

/** Bank transfer first (the default), then card by Stripe when the region offers it and a publishable key is set. */
export function paymentMethods(
  providerIds: readonly string[],
  stripePublishableKey: string | undefined
): PaymentMethod[] {
  const ids = new Set(providerIds)
  const methods: PaymentMethod[] = []
  if (ids.has(BANK_TRANSFER_PROVIDER)) {
    methods.push({ kind: "bank_transfer", providerId: BANK_TRANSFER_PROVIDER, withInstructions: true })
  } else if (ids.has(SYSTEM_PROVIDER)) {
    methods.push({ kind: "bank_transfer", providerId: SYSTEM_PROVIDER, withInstructions: false })
  }
  if (ids.has(STRIPE_PROVIDER) && stripePublishableKey) {
    methods.push({ kind: "card", providerId: STRIPE_PROVIDER })
  }
  return methods
}

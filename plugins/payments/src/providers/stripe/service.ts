import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  Logger,
  ProviderWebhookPayload,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import { getAmountFromSmallestUnit } from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"
import { AMOUNT_MISMATCH_KEY, type AmountMismatch } from "./amounts"

export type KaryaStripeOptions = {
  apiKey: string
  webhookSecret: string
  /** true: the card is charged when the buyer confirms (Stripe `capture_method: automatic`). See README "Stripe". */
  capture?: boolean
  /** The Stripe API's host, port and protocol; unset → Stripe itself. Only tests set them (a local test server). */
  apiHost?: string
  apiPort?: number | string
  apiProtocol?: "http" | "https"
  [key: string]: unknown
}

type Intent = {
  id: string
  status: string
  currency: string
  amount: number
  amount_received?: number
  amount_capturable?: number
  metadata?: Record<string, string>
  payment_method?: unknown
}

type StripeConstructor = new (key: string, config: Record<string, unknown>) => unknown

/** The Stripe SDK (and version) the base class was built with: the `stripe` of `@medusajs/payment-stripe` (15.x),
 * not whichever `stripe` npm hoisted next to this plugin (Medusa's payment module brings a newer major). */
function providerStripeSdk(): StripeConstructor {
  const fromProvider = createRequire(require.resolve("@medusajs/payment-stripe/package.json"))
  return fromProvider("stripe") as StripeConstructor
}

/**
 * Medusa's Stripe card provider (`@medusajs/payment-stripe`, identifier `stripe` → `pp_stripe_stripe` when registered
 * with id `stripe`), with three changes:
 *
 * 1. The Stripe SDK's host, port and protocol come from the options (`apiHost`, `apiPort`, `apiProtocol`; medusa-config
 *    reads STRIPE_API_HOST / STRIPE_API_PORT / STRIPE_API_PROTOCOL), so tests run against a local Stripe-compatible
 *    server. Unset, the SDK talks to Stripe as before.
 * 2. Authorizing a session checks what Stripe actually took against what Medusa asked for (the intent's amount as
 *    Medusa last set it, kept in the session's data). When they differ the session is authorized but not captured, and
 *    the payment's data carries `karya_amount_mismatch`; the order-placed subscriber flags it for staff.
 * 3. Webhook events of intents being created or processing are answered without a call to Stripe (the base class looks
 *    up the payment method only to tell asynchronous methods apart, and this store configures none), so the webhook
 *    route's signature check is the only thing that can fail.
 */
export default class KaryaStripeProviderService extends StripeProviderService {
  static identifier = "stripe"

  protected readonly logger_?: Logger

  constructor(cradle: Record<string, unknown>, options: KaryaStripeOptions) {
    super(cradle, options)
    this.logger_ = cradle.logger as Logger | undefined
    if (options.apiHost || options.apiPort || options.apiProtocol) {
      const Stripe = providerStripeSdk()
      this.stripe_ = new Stripe(options.apiKey, {
        ...(options.apiHost ? { host: options.apiHost } : {}),
        ...(options.apiPort ? { port: Number(options.apiPort) } : {}),
        ...(options.apiProtocol ? { protocol: options.apiProtocol } : {}),
      }) as typeof this.stripe_
    }
  }

  /** What the SDK talks to, for logs and tests. */
  get apiTarget(): string {
    const api = (this.stripe_ as unknown as { _api: { protocol: string; host: string; port: string | number } })._api
    return `${api.protocol}://${api.host}:${api.port}`
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const result = await super.authorizePayment(input)
    if (result.status !== PaymentSessionStatus.CAPTURED && result.status !== PaymentSessionStatus.AUTHORIZED) return result
    const intent = result.data as unknown as Intent
    const asked = (input.data as { amount?: unknown; currency?: unknown } | undefined) ?? {}
    const expected = typeof asked.amount === "number" ? asked.amount : null
    const taken = result.status === PaymentSessionStatus.CAPTURED ? intent.amount_received : intent.amount_capturable
    const sameCurrency = typeof asked.currency !== "string" || asked.currency === intent.currency
    if (expected === null || (taken === expected && sameCurrency)) return result

    const mismatch: AmountMismatch = {
      payment_intent: intent.id,
      status: intent.status,
      currency: intent.currency,
      expected: expected,
      received: taken ?? 0,
      // Medusa's own conversion from Stripe's smallest unit (IDR is two-decimal at Stripe), for people reading it
      expected_amount: Number(getAmountFromSmallestUnit(expected, intent.currency)),
      received_amount: Number(getAmountFromSmallestUnit(taken ?? 0, intent.currency)),
    }
    this.logger_?.warn(
      `stripe: payment intent ${intent.id} took ${mismatch.received_amount} ${intent.currency} but the session asked for ` +
        `${mismatch.expected_amount}: authorized without capture, to be flagged for staff`
    )
    return {
      status: PaymentSessionStatus.AUTHORIZED,
      data: { ...(result.data ?? {}), [AMOUNT_MISMATCH_KEY]: mismatch },
    }
  }

  async getWebhookActionAndData(webhookData: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const event = this.constructWebhookEvent(webhookData) as unknown as { type: string; data: { object: Intent } }
    const intent = event.data.object
    if ((event.type === "payment_intent.created" || event.type === "payment_intent.processing") && intent.metadata?.session_id) {
      return {
        action: PaymentActions.PENDING,
        data: { session_id: intent.metadata.session_id, amount: getAmountFromSmallestUnit(intent.amount, intent.currency) },
      }
    }
    return super.getWebhookActionAndData(webhookData)
  }
}

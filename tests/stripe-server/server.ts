// A small Stripe-compatible HTTP server for tests: it answers what Medusa's Stripe provider calls (payment intents
// create / retrieve / update / confirm / capture / cancel, refunds create / retrieve, payment methods and customers
// retrieve), with form-encoded bodies as the Stripe SDK sends them, Stripe-shaped JSON objects and errors, and
// Idempotency-Key honoured. It records the payment-intent events Stripe would send and signs them with the Stripe
// SDK's test helper, so a test can deliver them to Medusa's webhook route. Nothing here talks to Stripe.
//
// Cards, by payment method (Stripe's test tokens):
//   pm_card_visa, pm_card_mastercard        → succeeded (capture_method automatic) or requires_capture (manual)
//   pm_card_chargeDeclined                  → 402 card_error card_declined (generic_decline)
//   pm_card_chargeDeclinedInsufficientFunds → 402 card_error card_declined (insufficient_funds)
//   pm_card_threeDSecure2Required, pm_card_authenticationRequired → requires_action with next_action, until the
//     test completes the challenge: POST /_test/payment_intents/:id/authenticate (outcome=succeed|fail)
import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { parseForm, type FormObject, type FormValue } from "./form"
import { signPayload } from "./stripe-sdk"

export const DEFAULT_PORT = 12111
export const API_VERSION = "2024-06-20"

type Json = Record<string, unknown>

export interface StripeEvent {
  id: string
  object: "event"
  api_version: string
  created: number
  data: { object: Json }
  livemode: false
  pending_webhooks: number
  request: { id: string | null; idempotency_key: string | null }
  type: string
}

export interface SignedEvent {
  event: StripeEvent
  /** the exact body to POST */
  payload: string
  /** the `Stripe-Signature` header */
  signature: string
}

export interface RequestRecord {
  method: string
  path: string
  params: FormObject
  idempotencyKey: string | null
  status: number
  replayed: boolean
}

export interface StripeServerOptions {
  /** 0 for any free port; default 12111 */
  port?: number
  host?: string
  /** the secret webhooks are signed with (`STRIPE_WEBHOOK_SECRET` of the app) */
  webhookSecret?: string
  /** when set, only this secret key is accepted; otherwise any `sk_test_…` key */
  apiKey?: string
}

interface Card {
  outcome: "succeed" | "decline" | "authenticate"
  brand: string
  last4: string
  decline_code?: string
}

const CARDS: Record<string, Card> = {
  pm_card_visa: { outcome: "succeed", brand: "visa", last4: "4242" },
  pm_card_mastercard: { outcome: "succeed", brand: "mastercard", last4: "4444" },
  pm_card_chargeDeclined: { outcome: "decline", brand: "visa", last4: "0002", decline_code: "generic_decline" },
  pm_card_chargeDeclinedInsufficientFunds: { outcome: "decline", brand: "visa", last4: "9995", decline_code: "insufficient_funds" },
  pm_card_threeDSecure2Required: { outcome: "authenticate", brand: "visa", last4: "3220" },
  pm_card_authenticationRequired: { outcome: "authenticate", brand: "visa", last4: "3184" },
}

const DECLINE_MESSAGES: Record<string, string> = {
  generic_decline: "Your card was declined.",
  insufficient_funds: "Your card has insufficient funds.",
}

/** An error answered in Stripe's shape. `saved: false` for requests refused before they ran (bad parameters):
 * Stripe keeps no idempotent result for those. */
class StripeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
    readonly saved = true
  ) {
    super(String(body.message))
  }
}

const invalid = (message: string, param?: string, code = "parameter_invalid") =>
  new StripeHttpError(400, { type: "invalid_request_error", code, message, ...(param ? { param } : {}) }, false)
const missing = (param: string) => invalid(`Missing required param: ${param}.`, param, "parameter_missing")
const notFound = (what: string, id: string, param = "id") =>
  new StripeHttpError(404, { type: "invalid_request_error", code: "resource_missing", message: `No such ${what}: '${id}'`, param }, false)

const random = (n: number) => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
  const bytes = crypto.randomBytes(n)
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("")
}
const newId = (prefix: string) => `${prefix}_3Kl${random(21)}`
const now = () => Math.floor(Date.now() / 1000)
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

function str(params: FormObject, key: string): string | undefined {
  const v = params[key]
  if (v === undefined) return undefined
  if (typeof v !== "string") throw invalid(`Invalid string: ${key}`, key)
  return v
}

function int(params: FormObject, key: string): number | undefined {
  const v = str(params, key)
  if (v === undefined) return undefined
  if (!/^\d+$/.test(v)) throw invalid(`Invalid integer: ${v}`, key, "parameter_invalid_integer")
  return Number(v)
}

const bool = (params: FormObject, key: string) => str(params, key) === "true"

function metadataOf(value: FormValue | undefined, into: Record<string, string> = {}): Record<string, string> {
  if (value === undefined || value === "") return value === "" ? {} : into
  if (typeof value !== "object" || Array.isArray(value)) throw invalid("Invalid hash", "metadata")
  const out = { ...into }
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== "string") throw invalid(`Invalid metadata value for ${k}`, `metadata[${k}]`)
    if (v === "") delete out[k] // Stripe: an empty value unsets the key
    else out[k] = v
  }
  return out
}

const expandList = (params: FormObject): string[] => {
  const e = params.expand
  return Array.isArray(e) ? e.filter((x): x is string => typeof x === "string") : []
}

export type StripeServer = Awaited<ReturnType<typeof startStripeServer>>

export async function startStripeServer(options: StripeServerOptions = {}) {
  const webhookSecret = options.webhookSecret ?? "whsec_karya_test"
  const intents = new Map<string, Json>()
  const charges = new Map<string, Json>()
  const refunds = new Map<string, Json>()
  const paymentMethods = new Map<string, Json & { _card?: Card }>()
  const customers = new Map<string, Json>()
  const idempotent = new Map<string, { fingerprint: string; status: number; body: Json }>()
  const requests: RequestRecord[] = []
  const events: StripeEvent[] = []

  function record(type: string, object: Json) {
    events.push({
      id: newId("evt"),
      object: "event",
      api_version: API_VERSION,
      created: now(),
      data: { object: clone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    })
  }

  // ---- payment methods ----------------------------------------------------------------------------------------
  function paymentMethodFor(id: string, param = "payment_method") {
    const existing = paymentMethods.get(id)
    if (existing) return existing
    const card = CARDS[id]
    if (!card) throw notFound("PaymentMethod", id, param)
    // as Stripe does with a test token: a new PaymentMethod each time it is used
    const pm: Json & { _card?: Card } = {
      id: newId("pm"),
      object: "payment_method",
      billing_details: { address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null }, email: null, name: null, phone: null },
      card: {
        brand: card.brand,
        checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
        country: "US",
        exp_month: 12,
        exp_year: new Date().getFullYear() + 3,
        fingerprint: random(16),
        funding: "credit",
        last4: card.last4,
        networks: { available: [card.brand], preferred: null },
        three_d_secure_usage: { supported: true },
        wallet: null,
      },
      created: now(),
      customer: null,
      livemode: false,
      metadata: {},
      type: "card",
    }
    Object.defineProperty(pm, "_card", { value: card, enumerable: false })
    paymentMethods.set(pm.id as string, pm)
    return pm
  }

  const publicPaymentMethod = (pm: Json) => clone(pm)

  // ---- payment intents ----------------------------------------------------------------------------------------
  function presentIntent(pi: Json, expand: string[] = []): Json {
    const out = clone(pi)
    if (expand.includes("payment_method") && typeof out.payment_method === "string") {
      out.payment_method = publicPaymentMethod(paymentMethods.get(out.payment_method)!)
    }
    if (expand.includes("latest_charge") && typeof out.latest_charge === "string") out.latest_charge = clone(charges.get(out.latest_charge)!)
    return out
  }

  function getIntent(id: string) {
    const pi = intents.get(id)
    if (!pi) throw notFound("payment_intent", id)
    return pi
  }

  function unexpectedState(pi: Json, action: string, allowed: string[]) {
    return new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "payment_intent_unexpected_state",
      message: `This PaymentIntent's ${action} could not be performed because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be acted on: ${allowed.join(", ")}.`,
      payment_intent: clone(pi),
    })
  }

  function newCharge(pi: Json, pm: Json, status: "succeeded" | "failed", captured: boolean, failure?: { code: string; message: string }) {
    const amount = pi.amount as number
    const charge: Json = {
      id: newId("ch"),
      object: "charge",
      amount,
      amount_captured: captured ? amount : 0,
      amount_refunded: 0,
      captured,
      created: now(),
      currency: pi.currency,
      failure_code: failure?.code ?? null,
      failure_message: failure?.message ?? null,
      livemode: false,
      metadata: clone(pi.metadata as Json),
      paid: status === "succeeded",
      payment_intent: pi.id,
      payment_method: pm.id,
      refunded: false,
      status,
    }
    charges.set(charge.id as string, charge)
    pi.latest_charge = charge.id
    return charge
  }

  function succeed(pi: Json, pm: Json) {
    pi.payment_method = pm.id
    pi.next_action = null
    pi.last_payment_error = null
    if (pi.capture_method === "manual") {
      newCharge(pi, pm, "succeeded", false)
      pi.status = "requires_capture"
      pi.amount_capturable = pi.amount
      record("payment_intent.amount_capturable_updated", pi)
    } else {
      newCharge(pi, pm, "succeeded", true)
      pi.status = "succeeded"
      pi.amount_received = pi.amount
      record("payment_intent.succeeded", pi)
    }
  }

  /** A decline: the intent goes back to requires_payment_method and the answer is a 402 card error. */
  function decline(pi: Json, pm: Json, code: string, declineCode: string | undefined, message: string): StripeHttpError {
    const charge = newCharge(pi, pm, "failed", false, { code, message })
    const error: Json = {
      type: "card_error",
      code,
      ...(declineCode ? { decline_code: declineCode } : {}),
      message,
      charge: charge.id,
      doc_url: `https://stripe.com/docs/error-codes/${code.replace(/_/g, "-")}`,
      payment_method: publicPaymentMethod(pm),
    }
    pi.status = "requires_payment_method"
    pi.payment_method = null
    pi.next_action = null
    pi.last_payment_error = error
    record("payment_intent.payment_failed", pi)
    return new StripeHttpError(402, { ...error, payment_intent: clone(pi) })
  }

  const CONFIRMABLE = ["requires_payment_method", "requires_confirmation", "requires_action"]

  function confirm(pi: Json, params: FormObject) {
    if (!CONFIRMABLE.includes(pi.status as string)) throw unexpectedState(pi, "confirmation", CONFIRMABLE)
    const pmId = str(params, "payment_method") ?? (pi.payment_method as string | null)
    if (!pmId) {
      throw new StripeHttpError(400, {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: "You cannot confirm this PaymentIntent because it's missing a payment method. Update the PaymentIntent with a payment method and then confirm it again.",
        payment_intent: clone(pi),
      })
    }
    const pm = paymentMethodFor(pmId)
    const returnUrl = str(params, "return_url")
    if (returnUrl) pi._return_url = returnUrl
    const card = pm._card ?? { outcome: "succeed", brand: "visa", last4: "4242" }
    if (card.outcome === "decline") {
      const code = card.decline_code ?? "generic_decline"
      throw decline(pi, pm, "card_declined", code, DECLINE_MESSAGES[code] ?? DECLINE_MESSAGES.generic_decline!)
    }
    if (card.outcome === "authenticate") {
      pi.payment_method = pm.id
      pi.status = "requires_action"
      pi.next_action = returnUrl
        ? { type: "redirect_to_url", redirect_to_url: { return_url: returnUrl, url: `${baseUrl}/_test/3ds/${pi.id}` } }
        : {
            type: "use_stripe_sdk",
            use_stripe_sdk: { type: "three_d_secure_redirect", stripe_js: `${baseUrl}/_test/3ds/${pi.id}`, source: newId("src") },
          }
      record("payment_intent.requires_action", pi)
      return
    }
    succeed(pi, pm)
  }

  const CAPTURE_METHODS = ["automatic", "automatic_async", "manual"]

  function createIntent(params: FormObject) {
    const amount = int(params, "amount")
    if (amount === undefined) throw missing("amount")
    if (amount < 1) throw invalid("Amount must be at least 1", "amount", "amount_too_small")
    const currency = str(params, "currency")?.toLowerCase()
    if (!currency) throw missing("currency")
    if (!/^[a-z]{3}$/.test(currency)) throw invalid(`Invalid currency: ${currency}.`, "currency")
    const captureMethod = str(params, "capture_method") ?? "automatic_async"
    if (!CAPTURE_METHODS.includes(captureMethod)) throw invalid(`Invalid capture_method: must be one of ${CAPTURE_METHODS.join(", ")}`, "capture_method")
    const pmId = str(params, "payment_method")
    const pm = pmId ? paymentMethodFor(pmId) : null
    const apm = params.automatic_payment_methods as FormObject | undefined
    const types = params.payment_method_types
    const id = newId("pi")
    const pi: Json = {
      id,
      object: "payment_intent",
      amount,
      amount_capturable: 0,
      amount_details: { tip: {} },
      amount_received: 0,
      application: null,
      application_fee_amount: null,
      automatic_payment_methods:
        apm && str(apm, "enabled") === "true" ? { allow_redirects: str(apm, "allow_redirects") ?? "always", enabled: true } : null,
      canceled_at: null,
      cancellation_reason: null,
      capture_method: captureMethod,
      client_secret: `${id}_secret_${random(25)}`,
      confirmation_method: "automatic",
      created: now(),
      currency,
      customer: str(params, "customer") ?? null,
      description: str(params, "description") ?? null,
      invoice: null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: metadataOf(params.metadata),
      next_action: null,
      on_behalf_of: null,
      payment_method: pm ? pm.id : null,
      payment_method_configuration_details: null,
      payment_method_options: { card: { installments: null, mandate_options: null, network: null, request_three_d_secure: "automatic" } },
      payment_method_types: Array.isArray(types) && types.length ? types : ["card"],
      processing: null,
      receipt_email: str(params, "receipt_email") ?? null,
      review: null,
      setup_future_usage: str(params, "setup_future_usage") ?? null,
      shipping: null,
      source: null,
      statement_descriptor: null,
      statement_descriptor_suffix: null,
      status: pm ? "requires_confirmation" : "requires_payment_method",
      transfer_data: null,
      transfer_group: null,
    }
    Object.defineProperty(pi, "_return_url", { value: undefined, enumerable: false, writable: true })
    intents.set(id, pi)
    record("payment_intent.created", pi)
    if (bool(params, "confirm")) confirm(pi, params)
    return pi
  }

  const AMOUNT_UPDATABLE = ["requires_payment_method", "requires_confirmation", "requires_action"]

  function updateIntent(pi: Json, params: FormObject) {
    const amount = int(params, "amount")
    const currency = str(params, "currency")?.toLowerCase()
    if ((amount !== undefined && amount !== pi.amount) || (currency && currency !== pi.currency)) {
      if (!AMOUNT_UPDATABLE.includes(pi.status as string)) throw unexpectedState(pi, "amount update", AMOUNT_UPDATABLE)
      if (amount !== undefined) {
        if (amount < 1) throw invalid("Amount must be at least 1", "amount", "amount_too_small")
        pi.amount = amount
      }
      if (currency) pi.currency = currency
    }
    if (params.metadata !== undefined) pi.metadata = metadataOf(params.metadata, pi.metadata as Record<string, string>)
    for (const key of ["description", "receipt_email", "setup_future_usage", "customer"]) {
      const v = str(params, key)
      if (v !== undefined) pi[key] = v === "" ? null : v
    }
    const captureMethod = str(params, "capture_method")
    if (captureMethod) {
      if (!CAPTURE_METHODS.includes(captureMethod)) throw invalid("Invalid capture_method", "capture_method")
      pi.capture_method = captureMethod
    }
    const pmId = str(params, "payment_method")
    if (pmId) {
      if (!AMOUNT_UPDATABLE.includes(pi.status as string)) throw unexpectedState(pi, "payment method update", AMOUNT_UPDATABLE)
      pi.payment_method = paymentMethodFor(pmId).id
      pi.status = "requires_confirmation"
    }
    return pi
  }

  function captureIntent(pi: Json, params: FormObject) {
    if (pi.status !== "requires_capture") throw unexpectedState(pi, "capture", ["requires_capture"])
    const toCapture = int(params, "amount_to_capture") ?? (pi.amount_capturable as number)
    if (toCapture > (pi.amount_capturable as number)) {
      throw invalid("The amount to capture exceeds the amount capturable.", "amount_to_capture", "amount_too_large")
    }
    pi.status = "succeeded"
    pi.amount_received = toCapture
    pi.amount_capturable = 0
    const charge = charges.get(pi.latest_charge as string)
    if (charge) Object.assign(charge, { captured: true, amount_captured: toCapture })
    record("payment_intent.succeeded", pi)
    return pi
  }

  const CANCELABLE = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"]
  const CANCEL_REASONS = ["duplicate", "fraudulent", "requested_by_customer", "abandoned"]

  function cancelIntent(pi: Json, params: FormObject) {
    if (!CANCELABLE.includes(pi.status as string)) throw unexpectedState(pi, "cancellation", CANCELABLE)
    const reason = str(params, "cancellation_reason")
    if (reason && !CANCEL_REASONS.includes(reason)) throw invalid("Invalid cancellation_reason", "cancellation_reason")
    pi.status = "canceled"
    pi.canceled_at = now()
    pi.cancellation_reason = reason ?? null
    pi.amount_capturable = 0
    pi.next_action = null
    record("payment_intent.canceled", pi)
    return pi
  }

  /** The test's stand-in for the buyer answering the 3D Secure challenge. */
  function authenticate(pi: Json, params: FormObject) {
    if (pi.status !== "requires_action") throw unexpectedState(pi, "authentication", ["requires_action"])
    const pm = paymentMethods.get(pi.payment_method as string)!
    if ((str(params, "outcome") ?? "succeed") === "fail") {
      const error: Json = {
        type: "invalid_request_error",
        code: "payment_intent_authentication_failure",
        message: "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.",
        payment_method: publicPaymentMethod(pm),
      }
      Object.assign(pi, { status: "requires_payment_method", payment_method: null, next_action: null, last_payment_error: error })
      record("payment_intent.payment_failed", pi)
      return pi
    }
    succeed(pi, pm)
    return pi
  }

  // ---- refunds ------------------------------------------------------------------------------------------------
  function createRefund(params: FormObject) {
    const piId = str(params, "payment_intent")
    const chargeId = str(params, "charge")
    if (!piId && !chargeId) throw missing("payment_intent")
    let charge: Json | undefined
    let pi: Json | undefined
    if (piId) {
      pi = intents.get(piId)
      if (!pi) throw notFound("payment_intent", piId, "payment_intent")
      charge = pi.latest_charge ? charges.get(pi.latest_charge as string) : undefined
    } else {
      charge = charges.get(chargeId!)
      if (!charge) throw notFound("charge", chargeId!, "charge")
      pi = intents.get(charge.payment_intent as string)
    }
    if (!pi || pi.status !== "succeeded" || !charge || !charge.captured) {
      throw new StripeHttpError(400, {
        type: "invalid_request_error",
        code: "charge_not_refundable",
        message: `This PaymentIntent (${pi?.id}) does not have a successful charge to refund.`,
      })
    }
    const remaining = (charge.amount_captured as number) - (charge.amount_refunded as number)
    if (remaining <= 0) {
      throw new StripeHttpError(400, {
        type: "invalid_request_error",
        code: "charge_already_refunded",
        message: `Charge ${charge.id} has already been refunded.`,
        charge: charge.id,
      })
    }
    const amount = int(params, "amount") ?? remaining
    if (amount < 1) throw invalid("Amount must be at least 1", "amount", "amount_too_small")
    if (amount > remaining) {
      throw new StripeHttpError(400, {
        type: "invalid_request_error",
        code: "amount_too_large",
        message: `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`,
        param: "amount",
      })
    }
    const reason = str(params, "reason") ?? null
    if (reason && !["duplicate", "fraudulent", "requested_by_customer"].includes(reason)) throw invalid("Invalid reason", "reason")
    const refund: Json = {
      id: newId("re"),
      object: "refund",
      amount,
      balance_transaction: newId("txn"),
      charge: charge.id,
      created: now(),
      currency: charge.currency,
      destination_details: { card: { reference_status: "pending", type: "refund" }, type: "card" },
      metadata: metadataOf(params.metadata),
      payment_intent: pi.id,
      reason,
      receipt_number: null,
      source_transfer_reversal: null,
      status: "succeeded",
      transfer_reversal: null,
    }
    refunds.set(refund.id as string, refund)
    charge.amount_refunded = (charge.amount_refunded as number) + amount
    charge.refunded = charge.amount_refunded === charge.amount_captured
    record("charge.refunded", charge)
    return refund
  }

  // ---- customers (the provider creates one for signed-in buyers) ------------------------------------------------
  function upsertCustomer(params: FormObject, existing?: Json) {
    const c: Json = existing ?? { id: newId("cus"), object: "customer", created: now(), livemode: false, metadata: {}, address: null }
    for (const key of ["email", "name", "phone", "description"]) {
      const v = str(params, key)
      if (v !== undefined) c[key] = v === "" ? null : v
      else if (!existing) c[key] = null
    }
    if (params.metadata !== undefined) c.metadata = metadataOf(params.metadata, c.metadata as Record<string, string>)
    customers.set(c.id as string, c)
    return c
  }

  // ---- HTTP ---------------------------------------------------------------------------------------------------
  type Handler = (params: FormObject, match: string[], expand: string[]) => Json

  const routes: { method: string; pattern: RegExp; handler: Handler; test?: boolean }[] = [
    { method: "POST", pattern: /^\/v1\/payment_intents$/, handler: (p, _m, e) => presentIntent(createIntent(p), e) },
    { method: "GET", pattern: /^\/v1\/payment_intents\/([^/]+)$/, handler: (_p, m, e) => presentIntent(getIntent(m[0]!), e) },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)$/, handler: (p, m, e) => presentIntent(updateIntent(getIntent(m[0]!), p), e) },
    {
      method: "POST",
      pattern: /^\/v1\/payment_intents\/([^/]+)\/confirm$/,
      handler: (p, m, e) => {
        const pi = getIntent(m[0]!)
        confirm(pi, p)
        return presentIntent(pi, e)
      },
    },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)\/capture$/, handler: (p, m, e) => presentIntent(captureIntent(getIntent(m[0]!), p), e) },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)\/cancel$/, handler: (p, m, e) => presentIntent(cancelIntent(getIntent(m[0]!), p), e) },
    { method: "POST", pattern: /^\/v1\/refunds$/, handler: (p) => clone(createRefund(p)) },
    {
      method: "GET",
      pattern: /^\/v1\/refunds\/([^/]+)$/,
      handler: (_p, m) => {
        const r = refunds.get(m[0]!)
        if (!r) throw notFound("refund", m[0]!)
        return clone(r)
      },
    },
    {
      method: "GET",
      pattern: /^\/v1\/payment_methods\/([^/]+)$/,
      handler: (_p, m) => {
        const pm = paymentMethods.get(m[0]!)
        if (!pm) throw notFound("PaymentMethod", m[0]!)
        return publicPaymentMethod(pm)
      },
    },
    { method: "POST", pattern: /^\/v1\/customers$/, handler: (p) => clone(upsertCustomer(p)) },
    {
      method: "GET",
      pattern: /^\/v1\/customers\/([^/]+)$/,
      handler: (_p, m) => {
        const c = customers.get(m[0]!)
        if (!c) throw notFound("customer", m[0]!)
        return clone(c)
      },
    },
    {
      method: "POST",
      pattern: /^\/v1\/customers\/([^/]+)$/,
      handler: (p, m) => {
        const c = customers.get(m[0]!)
        if (!c) throw notFound("customer", m[0]!)
        return clone(upsertCustomer(p, c))
      },
    },
    {
      method: "DELETE",
      pattern: /^\/v1\/customers\/([^/]+)$/,
      handler: (_p, m) => {
        if (!customers.delete(m[0]!)) throw notFound("customer", m[0]!)
        return { id: m[0], object: "customer", deleted: true }
      },
    },
    // not Stripe: the test completes a 3D Secure challenge as the buyer would in the browser
    {
      method: "POST",
      pattern: /^\/_test\/payment_intents\/([^/]+)\/authenticate$/,
      handler: (p, m, e) => presentIntent(authenticate(getIntent(m[0]!), p), e),
      test: true,
    },
  ]

  const send = (res: http.ServerResponse, status: number, body: Json, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body, null, 2)
    res.writeHead(status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(text),
      "request-id": `req_${random(14)}`,
      "stripe-version": API_VERSION,
      ...headers,
    })
    res.end(text)
  }

  const errorBody = (error: StripeHttpError): Json => ({
    error: {
      ...error.body,
      request_log_url: `${baseUrl}/_test/requests`,
      ...(error.body.doc_url ? {} : error.body.code ? { doc_url: `https://stripe.com/docs/error-codes/${String(error.body.code).replace(/_/g, "-")}` } : {}),
    },
  })

  function authorised(req: http.IncomingMessage) {
    const header = req.headers.authorization ?? ""
    const key = header.startsWith("Bearer ") ? header.slice(7) : header.startsWith("Basic ") ? Buffer.from(header.slice(6), "base64").toString().split(":")[0] : ""
    if (options.apiKey ? key === options.apiKey : /^(sk|rk)_test_\w+/.test(key ?? "")) return null
    return new StripeHttpError(401, {
      type: "invalid_request_error",
      message: key ? `Invalid API Key provided: ${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` : "You did not provide an API key.",
    }, false)
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse, rawBody: string) {
    const url = new URL(req.url ?? "/", baseUrl)
    const method = req.method ?? "GET"
    const params = method === "GET" || method === "DELETE" ? parseForm(url.search.slice(1)) : parseForm(rawBody)
    const idempotencyKey = method === "POST" ? (req.headers["idempotency-key"] as string | undefined) ?? null : null
    const entry: RequestRecord = { method, path: url.pathname, params, idempotencyKey, status: 0, replayed: false }
    requests.push(entry)
    const reply = (status: number, body: Json, headers?: Record<string, string>) => {
      entry.status = status
      send(res, status, body, headers)
    }

    const route = routes.find((r) => r.method === method && r.pattern.test(url.pathname))
    if (!route) {
      return reply(404, errorBody(new StripeHttpError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${url.pathname}).` })))
    }
    if (!route.test) {
      const denied = authorised(req)
      if (denied) return reply(denied.status, errorBody(denied))
    }

    // Idempotency-Key: the same key with the same request answers the first result again; with another request, an
    // idempotency_error. Results are kept for requests that ran (2xx and the errors of running them), not for
    // requests refused on their parameters, as Stripe does.
    const fingerprint = `${method} ${url.pathname} ${rawBody}`
    if (idempotencyKey) {
      const saved = idempotent.get(idempotencyKey)
      if (saved) {
        if (saved.fingerprint !== fingerprint) {
          return reply(400, {
            error: {
              type: "idempotency_error",
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
            },
          })
        }
        entry.replayed = true
        return reply(saved.status, clone(saved.body), { "idempotent-replayed": "true", "original-request": "req_replayed" })
      }
    }

    const match = route.pattern.exec(url.pathname)!.slice(1).map(decodeURIComponent)
    let status = 200
    let body: Json
    let keep = true
    try {
      body = route.handler(params, match, expandList(params))
    } catch (error) {
      if (!(error instanceof StripeHttpError)) {
        status = 500
        body = { error: { type: "api_error", message: `test server: ${(error as Error).message}` } }
        keep = false
      } else {
        status = error.status
        body = errorBody(error)
        keep = error.saved
      }
    }
    if (idempotencyKey && keep) idempotent.set(idempotencyKey, { fingerprint, status, body: clone(body) })
    return reply(status, body)
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString("utf8"))
      } catch (error) {
        send(res, 500, { error: { type: "api_error", message: `test server: ${(error as Error).message}` } })
      }
    })
  })

  const host = options.host ?? "127.0.0.1"
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const baseUrl = `http://${host}:${port}`

  /** An event for a payment intent as it is now (or as `overrides` says), signed like Stripe signs it. */
  function signedEvent(type: string, paymentIntentId: string, overrides: Json = {}): SignedEvent {
    const pi = getIntent(paymentIntentId)
    const event: StripeEvent = {
      id: newId("evt"),
      object: "event",
      api_version: API_VERSION,
      created: now(),
      data: { object: { ...clone(pi), ...overrides } },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    }
    return sign(event)
  }

  /** Signs an event (one of `events`, or any object) with the webhook secret, by the SDK's test helper. */
  function sign(event: StripeEvent, secret = webhookSecret): SignedEvent {
    const payload = JSON.stringify(event, null, 2)
    return { event, payload, signature: signPayload(payload, secret) }
  }

  return {
    url: baseUrl,
    host,
    port,
    protocol: "http" as const,
    webhookSecret,
    /** the app's environment for this server */
    env: (apiKey = options.apiKey ?? "sk_test_karya") => ({
      STRIPE_API_KEY: apiKey,
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_HOST: host,
      STRIPE_API_PORT: String(port),
      STRIPE_API_PROTOCOL: "http",
    }),
    intents,
    charges,
    refunds,
    requests,
    events,
    /** the payment-intent events recorded for one intent, oldest first */
    eventsFor: (paymentIntentId: string, type?: string) =>
      events.filter((e) => (e.data.object.id === paymentIntentId || e.data.object.payment_intent === paymentIntentId) && (!type || e.type === type)),
    signedEvent,
    sign,
    /** what the buyer's browser does with Stripe.js: confirm with a card (the server-side call is the same) */
    authenticate: (paymentIntentId: string, outcome: "succeed" | "fail" = "succeed") => authenticate(getIntent(paymentIntentId), { outcome }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}

/** POSTs a signed event to a webhook URL (Medusa's `/hooks/payment/stripe_stripe`), as Stripe delivers it. */
export async function deliverWebhook(url: string, signed: Pick<SignedEvent, "payload" | "signature"> | { payload: string; signature?: string }) {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8", "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" }
  if (signed.signature !== undefined) headers["stripe-signature"] = signed.signature
  const res = await fetch(url, { method: "POST", headers, body: signed.payload })
  return { status: res.status, body: await res.text() }
}

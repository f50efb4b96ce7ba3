import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { screenStripeWebhook } from "../../../../lib/stripe-webhook"

/**
 * Stripe's webhook endpoint, `POST /hooks/payment/stripe_stripe`. It takes the place of Medusa's generic
 * `/hooks/payment/:provider` for Stripe only (a static path is routed before a parameter; Medusa's raw-body
 * middleware on `/hooks/payment/:provider` still applies): Medusa's route answers 200 to anything and checks the
 * signature seconds later in a subscriber, so a forged or unsigned request could never be told apart. Here a bad or
 * missing signature is a 400 at once and nothing changes; the rest is in `lib/stripe-webhook.ts`.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const result = await screenStripeWebhook(req.scope, { data: req.body, rawData: req.rawBody, headers: req.headers })
  if (result.status === 400) {
    res.status(400).send(`Webhook Error: ${result.message}`)
    return
  }
  res.status(200).json({ received: true, outcome: result.outcome })
}

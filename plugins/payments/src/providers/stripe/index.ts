import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import KaryaStripeProviderService from "./service"

// In medusa-config (only when STRIPE_API_KEY is set): { resolve: "@karya/plugin-payments/providers/stripe",
// id: "stripe", options: { apiKey, webhookSecret, capture: true, apiHost?, apiPort?, apiProtocol? } } under the payment
// module → provider id `pp_stripe_stripe`, webhooks at /hooks/payment/stripe_stripe.
export default ModuleProvider(Modules.PAYMENT, { services: [KaryaStripeProviderService] })

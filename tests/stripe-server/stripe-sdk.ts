// The Stripe SDK the payment provider itself uses: the copy `@medusajs/payment-stripe` depends on (stripe 15.12.0),
// not whichever `stripe` npm happened to hoist (Medusa's payment module brings a newer major). The test server signs
// webhooks with it and its unit tests call the server through it, so they prove the server speaks what the provider
// sends.
import { createRequire } from "node:module"
import path from "node:path"
import type StripeType from "stripe"

const requireHere = createRequire(__filename)
const providerDir = path.dirname(requireHere.resolve("@medusajs/payment-stripe/package.json"))
const requireFromProvider = createRequire(path.join(providerDir, "package.json"))

export const stripeSdkPath = requireFromProvider.resolve("stripe")
export const Stripe: typeof StripeType = requireFromProvider("stripe")
export const stripeSdkVersion: string = (Stripe as unknown as { PACKAGE_VERSION: string }).PACKAGE_VERSION

/** A client of the test server, as the provider builds one (secret key, host, port, protocol). */
export function testClient(url: string, apiKey = "sk_test_karya"): StripeType {
  const { hostname, port, protocol } = new URL(url)
  return new Stripe(apiKey, {
    host: hostname,
    port: Number(port),
    protocol: protocol.replace(":", "") as "http" | "https",
    telemetry: false,
    maxNetworkRetries: 0,
  })
}

/** A `Stripe-Signature` header for `payload`, made by the SDK's own test helper. */
export function signPayload(payload: string, secret: string): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret })
}

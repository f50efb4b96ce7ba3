// Runs the Stripe test server on its own (default port 12111), e.g. for a local stack with
// STRIPE_API_HOST=127.0.0.1 STRIPE_API_PORT=12111 STRIPE_API_PROTOCOL=http STRIPE_API_KEY=sk_test_karya
// STRIPE_WEBHOOK_SECRET=whsec_karya_test:
//   cd tests && node -r ts-node/register stripe-server/main.ts [port]
import { DEFAULT_PORT, startStripeServer } from "./server"

async function main() {
  const port = Number(process.argv[2] ?? process.env.STRIPE_TEST_SERVER_PORT ?? DEFAULT_PORT)
  const server = await startStripeServer({ port, webhookSecret: process.env.STRIPE_WEBHOOK_SECRET })
  console.log(`Stripe test server on ${server.url} (webhook secret ${server.webhookSecret})`)
  const stop = () => void server.stop().then(() => process.exit(0))
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
}

void main()

// Wires Medusa's modules, our plugins and providers. Everything is read from the environment; the defaults are the
// ones `npm start` uses on a fresh machine (see README.md, "Configuration").
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { uploadDir } from "./src/lib/upload-dir"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const port = process.env.PORT ?? "9000"
const backendUrl = process.env.BACKEND_URL ?? `http://localhost:${port}`
const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:5173"

const stripeEnabled = Boolean(process.env.STRIPE_API_KEY)
// With REDIS_URL the backend can run as several processes on one PostgreSQL: events, workflows, locks, the cache and
// sessions live in Redis (see README.md, "Scale-out"). Without it, all of them are in-process (one process).
const redisUrl = process.env.REDIS_URL
// Medusa reads MEDUSA_WORKER_MODE itself (shared, server or worker; its CLI commands set server); a worker serves no
// admin. Several processes need REDIS_URL: scripts/cluster.mjs starts them.
const isWorker = process.env.MEDUSA_WORKER_MODE === "worker"
// One lifetime for every actor's token and session: a working shift. A token left on a shared facility or office
// computer stops working the same day; buyers and staff sign in again once a day (see README.md, "Security").
const sessionLifetime = process.env.AUTH_SESSION_LIFETIME ?? "12h"
const sessionLifetimeMs = (() => {
  const m = /^(\d+)([smhd])$/.exec(sessionLifetime)
  if (!m) throw new Error(`AUTH_SESSION_LIFETIME: "${sessionLifetime}" is not a duration like 12h, 30m or 1d`)
  return Number(m[1]) * { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as "s" | "m" | "h" | "d"]
})()

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    // sessions (Medusa Admin's cookie) in Redis, so any instance behind the balancer knows them
    redisUrl,
    // `medusa start` runs in production mode, where Medusa marks the session cookie Secure: a browser then never sends
    // it back over plain http and nobody can sign in to Medusa Admin on http://localhost. Secure follows the URL.
    cookieOptions: { secure: backendUrl.startsWith("https://"), sameSite: "lax", httpOnly: true },
    sessionOptions: { ttl: sessionLifetimeMs },
    http: {
      storeCors: process.env.STORE_CORS ?? storefrontUrl,
      adminCors: process.env.ADMIN_CORS ?? `${backendUrl},${storefrontUrl}`,
      authCors: process.env.AUTH_CORS ?? `${backendUrl},${storefrontUrl}`,
      jwtSecret: process.env.JWT_SECRET,
      jwtExpiresIn: sessionLifetime,
      cookieSecret: process.env.COOKIE_SECRET,
    },
  },
  // Medusa's own caching (the publishable key of every store request, regions, variants, prices and shipping options
  // in cart flows), in the caching module below, invalidated by Medusa from its module events. Without it every store
  // request looks its publishable key up in the database: a third of the store cache's speed (README.md, "Performance").
  featureFlags: { caching: process.env.MEDUSA_FF_CACHING !== "false" },
  admin: {
    path: "/app",
    // Same origin as the admin itself unless told otherwise, so one build serves any host and port.
    backendUrl: process.env.ADMIN_BACKEND_URL ?? "/",
    disable: process.env.ADMIN_DISABLED === "true" || isWorker,
  },
  plugins: [
    { resolve: "@karya/plugin-facilities", options: {} },
    { resolve: "@karya/plugin-motif-ip", options: {} },
    { resolve: "@karya/plugin-revenue-split", options: {} },
    // bank transfer (always) and Stripe: payment flags, confirm and expiry of transfers (see plugins/payments/README.md)
    { resolve: "@karya/plugin-payments", options: {} },
    // Meilisearch when MEILISEARCH_HOST is set, else PostgreSQL full-text search (see plugins/search/README.md)
    { resolve: "@karya/plugin-search", options: {} },
    // CSR programs, their staff (the csr_staff actor, /portal/csr/*) and expos (see plugins/campaigns/README.md)
    { resolve: "@karya/plugin-campaigns", options: {} },
  ],
  modules: [
    // The cache of the store's public answers (src/api/store-cache.ts) and Medusa's own: in the process, or in Redis
    // shared by every instance, so an invalidation reaches them all.
    {
      key: Modules.CACHING,
      resolve: "@medusajs/medusa/caching",
      options: redisUrl
        ? { providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl, prefix: "karya:cache:" } }] }
        : { in_memory: { enable: true } },
    },
    ...(redisUrl
      ? [
          {
            key: Modules.EVENT_BUS,
            resolve: "@medusajs/medusa/event-bus-redis",
            options: {
              redisUrl,
              // Events are BullMQ jobs, handled by the worker process. A worker that dies mid-event (kill -9, out of
              // memory, its machine lost) leaves its job locked until `lockDuration` runs out; the next stalled check
              // of a live worker (every `stalledInterval`) then puts the job back in the queue and it runs again. With
              // BullMQ's 30 s / 30 s that is up to a minute of a captured payment without its split; 10 s / 5 s bring
              // it to ~15 s. Shorter would let a busy but living worker (the lock is renewed every lockDuration / 2)
              // lose its job to another, which then runs it twice: harmless for our subscribers (the ledger writes a
              // payment once, search refreshes are upserts), but not worth the risk for seconds.
              workerOptions: { lockDuration: 10_000, stalledInterval: 5_000 },
            },
          },
          { key: Modules.WORKFLOW_ENGINE, resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
          {
            key: Modules.LOCKING,
            resolve: "@medusajs/medusa/locking",
            // Medusa's Redis provider, taking a lock's keys one at a time in sorted order: Medusa's takes them all at
            // once, and checkouts racing for the same items on several servers deadlocked (src/modules/locking-redis-ordered)
            options: { providers: [{ resolve: "./src/modules/locking-redis-ordered", id: "locking-redis", is_default: true, options: { redisUrl } }] },
          },
        ]
      : []),
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: uploadDir(), backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
    {
      key: Modules.PAYMENT,
      resolve: "@medusajs/medusa/payment",
      options: {
        // Bank transfer (pp_bank-transfer_bank-transfer) is always on; Stripe (pp_stripe_stripe) when configured.
        providers: [
          {
            resolve: "@karya/plugin-payments/providers/bank-transfer",
            id: "bank-transfer",
            options: {},
          },
          ...(stripeEnabled
            ? [
                {
                  // Medusa's Stripe card provider, extended (see plugins/payments/README.md, "Stripe"). capture: true:
                  // the card is charged once when the buyer confirms; the webhook and the placed order record it.
                  // STRIPE_API_HOST/PORT/PROTOCOL point the SDK at a local test server; unset, it talks to Stripe.
                  resolve: "@karya/plugin-payments/providers/stripe",
                  id: "stripe",
                  options: {
                    apiKey: process.env.STRIPE_API_KEY,
                    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
                    capture: true,
                    apiHost: process.env.STRIPE_API_HOST,
                    apiPort: process.env.STRIPE_API_PORT,
                    apiProtocol: process.env.STRIPE_API_PROTOCOL,
                  },
                },
              ]
            : []),
        ],
      },
    },
  ],
})

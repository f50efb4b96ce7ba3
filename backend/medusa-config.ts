// Wires Medusa's modules, our plugins and providers. Everything is read from the environment; the defaults are the
// ones `npm start` uses on a fresh machine (see README.md, "Configuration").
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { uploadDir } from "./src/lib/upload-dir"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const port = process.env.PORT ?? "9000"
const backendUrl = process.env.BACKEND_URL ?? `http://localhost:${port}`
const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:5173"

const stripeEnabled = Boolean(process.env.STRIPE_API_KEY)

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    // `medusa start` runs in production mode, where Medusa marks the session cookie Secure: a browser then never sends
    // it back over plain http and nobody can sign in to Medusa Admin on http://localhost. Secure follows the URL.
    cookieOptions: { secure: backendUrl.startsWith("https://"), sameSite: "lax" },
    http: {
      storeCors: process.env.STORE_CORS ?? storefrontUrl,
      adminCors: process.env.ADMIN_CORS ?? `${backendUrl},${storefrontUrl}`,
      authCors: process.env.AUTH_CORS ?? `${backendUrl},${storefrontUrl}`,
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
    },
  },
  admin: {
    path: "/app",
    // Same origin as the admin itself unless told otherwise, so one build serves any host and port.
    backendUrl: process.env.ADMIN_BACKEND_URL ?? "/",
    disable: process.env.ADMIN_DISABLED === "true",
  },
  plugins: [
    { resolve: "@karya/plugin-facilities", options: {} },
    { resolve: "@karya/plugin-motif-ip", options: {} },
    { resolve: "@karya/plugin-revenue-split", options: {} },
    // Meilisearch when MEILISEARCH_HOST is set, else PostgreSQL full-text search (see plugins/search/README.md)
    { resolve: "@karya/plugin-search", options: {} },
  ],
  modules: [
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
        // The system provider (pp_system_default) is always there: the store shows it as "bank transfer".
        providers: stripeEnabled
          ? [
              {
                resolve: "@medusajs/medusa/payment-stripe",
                id: "stripe",
                options: {
                  apiKey: process.env.STRIPE_API_KEY,
                  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
                  capture: false,
                },
              },
            ]
          : [],
      },
    },
  ],
})

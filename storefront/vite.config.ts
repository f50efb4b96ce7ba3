import react from "@vitejs/plugin-react"
import { readFileSync } from "node:fs"
import type { IncomingMessage, ServerResponse } from "node:http"
import { fileURLToPath } from "node:url"
import { defineConfig, type Plugin, type PluginOption } from "vite"

const DEMO_FILE = fileURLToPath(new URL("../.data/demo.json", import.meta.url))

// The same /config.json that server.mjs answers in production, read on every request so a fresh
// `npm start` (which rewrites ../.data/demo.json) needs no dev-server restart.
function runtimeConfig(): { backendUrl: string; publishableKey: string; stripePublishableKey?: string } {
  let demo: { backendUrl?: unknown; publishableKey?: unknown } = {}
  try {
    demo = JSON.parse(readFileSync(DEMO_FILE, "utf8")) as typeof demo
  } catch {
    // No demo data yet: fall through to the defaults.
  }
  return {
    backendUrl:
      process.env.KARYA_BACKEND_URL ||
      (typeof demo.backendUrl === "string" ? demo.backendUrl : "") ||
      "http://localhost:9000",
    publishableKey:
      process.env.KARYA_PUBLISHABLE_KEY ||
      (typeof demo.publishableKey === "string" ? demo.publishableKey : ""),
    ...(process.env.STRIPE_PUBLISHABLE_KEY ? { stripePublishableKey: process.env.STRIPE_PUBLISHABLE_KEY } : {}),
  }
}

function configJsonPlugin(): Plugin {
  const handler = (
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void
  ) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next()
    res.setHeader("Content-Type", "application/json; charset=utf-8")
    res.setHeader("Cache-Control", "no-store")
    res.end(req.method === "HEAD" ? undefined : JSON.stringify(runtimeConfig()))
  }
  return {
    name: "karya-config-json",
    configureServer(server) {
      server.middlewares.use("/config.json", handler)
    },
    configurePreviewServer(server) {
      server.middlewares.use("/config.json", handler)
    },
  }
}

// @vitejs/plugin-react is hoisted to the repo root, where it sees the root's vite 5 types; this package runs
// vite 7 (storefront/node_modules). The plugin supports both at runtime, so only its type is bridged here.
const reactPlugin = react() as unknown as PluginOption

export default defineConfig({
  plugins: [reactPlugin, configJsonPlugin()],
  server: { port: 5173 },
  resolve: {
    // The Medusa SDK's one qs call, without qs's ~50 KB of helpers: see src/lib/query-string.ts (tested against qs).
    alias: [{ find: /^qs$/, replacement: fileURLToPath(new URL("./src/lib/query-string.ts", import.meta.url)) }],
  },
  // Source maps for `node scripts/bundle-report.mjs` (what each package weighs); browsers do not fetch them. No
  // modulepreload polyfill: every browser the store supports preloads modules itself.
  build: { outDir: "dist", sourcemap: true, modulePreload: { polyfill: false } },
})

import Medusa from "@medusajs/js-sdk"

/** The one SDK instance of the admin extensions: same origin as the admin, signed in by its session cookie. */
export const sdk = new Medusa({
  // The admin is bundled by Vite as ESM; the plugin's tsconfig (module Node16) sees these files as CommonJS.
  // @ts-ignore TS1470: import.meta is fine in the Vite bundle
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: false,
  auth: { type: "session" },
})

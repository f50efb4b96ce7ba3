import Medusa from "@medusajs/js-sdk"

/** Where the backend is: the admin's own origin unless the build says otherwise. */
// The admin is bundled by Vite as ESM; the plugin's tsconfig (module Node16) sees these files as CommonJS.
// @ts-ignore TS1470: import.meta is fine in the Vite bundle
export const backendUrl: string = import.meta.env.VITE_BACKEND_URL || "/"

/** The one SDK instance of the admin extensions: same origin as the admin, signed in by its session cookie. */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  debug: false,
  auth: { type: "session" },
})

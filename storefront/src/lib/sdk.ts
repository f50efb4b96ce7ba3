// The one Medusa JS SDK instance; created by initSdk() at boot, once /config.json is known.
import type Medusa from "@medusajs/js-sdk"
import { Auth, Client, Store } from "@medusajs/js-sdk"
import type { AppConfig } from "./config"

/**
 * The SDK as the store uses it: its client (`client.fetch` for our plugin routes), store and auth, built from the
 * SDK's own classes. `new Medusa()` would also build the admin API, ~80 KB of code no buyer needs.
 */
export type Sdk = Pick<Medusa, "client" | "store" | "auth">

let instance: Sdk | undefined

/**
 * Where the SDK keeps the signed-in customer's JWT. A key of our own, apart from the staff Portal's
 * ("karya.portal.token", sent only to /portal routes by portalFetch) and from Medusa Admin's default key.
 */
export const CUSTOMER_TOKEN_STORAGE_KEY = "karya.customer.token"

function localStorageWorks(): boolean {
  try {
    const probe = "karya.storage-probe"
    window.localStorage.setItem(probe, probe)
    window.localStorage.removeItem(probe)
    return true
  } catch {
    return false
  }
}

export function initSdk(config: AppConfig): Sdk {
  if (instance) {
    throw new Error("The Medusa SDK is already initialised")
  }
  const sdkConfig: ConstructorParameters<typeof Client>[0] = {
    baseUrl: config.backendUrl,
    publishableKey: config.publishableKey,
    // A JWT in the Authorization header rather than a session cookie: no cross-origin cookie to allow, and the token
    // goes only with the SDK's own requests. localStorage keeps a buyer signed in across tabs until the JWT expires;
    // where storage is blocked the SDK would throw on every request with "local", so it keeps the token in memory.
    auth: {
      type: "jwt",
      jwtTokenStorageMethod: localStorageWorks() ? "local" : "memory",
      jwtTokenStorageKey: CUSTOMER_TOKEN_STORAGE_KEY,
    },
  }
  const client = new Client(sdkConfig)
  instance = { client, store: new Store(client), auth: new Auth(client, sdkConfig) }
  return instance
}

export function getSdk(): Sdk {
  if (!instance) {
    throw new Error("The Medusa SDK is used before initSdk() ran")
  }
  return instance
}

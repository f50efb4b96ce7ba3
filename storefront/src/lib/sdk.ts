// The one Medusa JS SDK instance; created by initSdk() at boot, once /config.json is known.
import Medusa from "@medusajs/js-sdk"
import type { AppConfig } from "./config"

let instance: Medusa | undefined

export function initSdk(config: AppConfig): Medusa {
  if (instance) {
    throw new Error("The Medusa SDK is already initialised")
  }
  instance = new Medusa({
    baseUrl: config.backendUrl,
    publishableKey: config.publishableKey,
  })
  return instance
}

export function getSdk(): Medusa {
  if (!instance) {
    throw new Error("The Medusa SDK is used before initSdk() ran")
  }
  return instance
}

// Clears the store's cached catalogue answers (src/api/store-cache.ts) when the catalogue changes. In Redis mode this
// runs on the worker and clears the shared cache, so every server instance answers fresh.
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { clearStoreCache } from "../api/store-cache"

const crud = (...names: string[]) => names.flatMap((n) => [`${n}.created`, `${n}.updated`, `${n}.deleted`])

/** What a public catalogue answer is made of: products and their variants, prices, categories, the sales channels
 * keys are scoped to; stock (orders placed or canceled: the in-stock flag); our facilities, makers (consent), motifs,
 * programs and expos. */
export const CATALOGUE_EVENTS = [
  ...crud("product", "product-variant", "product-category", "product-collection", "product-option", "product-type", "product-tag"),
  ...crud("pricing.price", "pricing.price-set", "pricing.price-list"),
  ...crud("sales-channel", "region"),
  "order.placed",
  "order.canceled",
  ...crud("facilities.facility", "facilities.participant", "facilities.maker-credit"),
  ...crud("motif_ip.motif", "motif_ip.product-motif"),
  "motif_ip.product-motifs.updated",
  ...crud("campaigns.program", "campaigns.expo"),
]

// search answers too: the index follows most of these changes, and the search plugin clears again after its write
export default async function storeCacheClear({ container }: SubscriberArgs<unknown>) {
  await clearStoreCache(container)
}

export const config: SubscriberConfig = {
  event: CATALOGUE_EVENTS,
  context: { subscriberId: "store-cache-clear" },
}

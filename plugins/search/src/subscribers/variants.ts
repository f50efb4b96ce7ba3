import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { productIdsOf, refreshProductsSoon } from "../lib/sync"

/** A variant (its price, stock settings) changed: its product's prices and stock follow. */
export default async function variantChanged({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await refreshProductsSoon(container, await productIdsOf(container, "product_variant", event.data.id, "product_id"))
}

export const config: SubscriberConfig = {
  event: ["product-variant.created", "product-variant.updated", "product-variant.deleted"],
  context: { subscriberId: "search-variant-changed" },
}

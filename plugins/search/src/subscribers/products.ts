import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshProductsSoon } from "../lib/sync"

/** A product created, edited or deleted: its document follows. */
export default async function productChanged({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await refreshProductsSoon(container, ([] as string[]).concat(event.data.id))
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted"],
  context: { subscriberId: "search-product-changed" },
}

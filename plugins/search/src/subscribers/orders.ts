import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { productIdsOf, refreshProductsSoon } from "../lib/sync"

/** An order placed or canceled reserves or releases stock: "in stock" follows. */
export default async function orderChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await refreshProductsSoon(container, await productIdsOf(container, "order", event.data.id, "items.product_id"))
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled"],
  context: { subscriberId: "search-order-stock" },
}

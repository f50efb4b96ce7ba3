import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { productIdsOf, refreshProductsSoon } from "../lib/sync"

/** A motif edited or registered, or a product's motifs set: the products that carry it. */
export default async function motifChanged({ event, container }: SubscriberArgs<{ id: string | string[]; product_id?: string }>) {
  if (event.name === "motif_ip.product-motifs.updated") return refreshProductsSoon(container, [event.data.product_id ?? ""])
  await refreshProductsSoon(container, await productIdsOf(container, "motif", event.data.id, "products.id"))
}

export const config: SubscriberConfig = {
  event: ["motif_ip.motif.created", "motif_ip.motif.updated", "motif_ip.motif.deleted", "motif_ip.product-motifs.updated"],
  context: { subscriberId: "search-motif-changed" },
}

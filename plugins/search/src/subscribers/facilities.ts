import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { productIdsOf, refreshProductsSoon } from "../lib/sync"

type Ids = { id: string | string[] }

/** A facility renamed or closed, a maker credited or a participant's consent changed: the products they touch. */
export default async function facilityDataChanged({ event, container }: SubscriberArgs<Ids>) {
  const name = event.name
  const ids = event.data.id
  const productIds = name.startsWith("facilities.facility.")
    ? await productIdsOf(container, "facility", ids, "products.id")
    : name.startsWith("facilities.maker-credit.")
      ? await productIdsOf(container, "maker_credit", ids, "product_id")
      : await productIdsOf(container, "participant", ids, "credits.product_id")
  await refreshProductsSoon(container, productIds)
}

export const config: SubscriberConfig = {
  event: [
    "facilities.facility.updated",
    "facilities.maker-credit.created",
    "facilities.maker-credit.updated",
    "facilities.maker-credit.deleted",
    "facilities.participant.updated",
  ],
  context: { subscriberId: "search-facility-data-changed" },
}

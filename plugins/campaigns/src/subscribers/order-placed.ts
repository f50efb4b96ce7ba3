import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { attributeOrder } from "../lib/attribution"

/** Attributes a placed order to the expo it came through (its booth's sales channel or a QR tag's cart metadata). */
export default async function expoOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await attributeOrder(container, event.data.id)
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED, context: { subscriberId: "karya-expo-order-placed" } }

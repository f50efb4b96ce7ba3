// GET /store/shipping-options?cart_id=… — the ways this cart can be delivered, with their prices.
import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"

export async function listShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await getSdk().store.fulfillment.listCartOptions({ cart_id: cartId })
  return shipping_options
}

export const listShippingOptionsQueryOptions = (cartId: string) =>
  queryOptions({
    queryKey: ["shipping-options", cartId],
    queryFn: () => listShippingOptions(cartId),
  })

export const useShippingOptions = (cartId: string, enabled = true) =>
  useQuery({ ...listShippingOptionsQueryOptions(cartId), enabled })

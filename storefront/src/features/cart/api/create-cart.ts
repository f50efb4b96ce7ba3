// POST /store/carts — a new cart in the store's region, made when the buyer adds her first item. A buyer who came
// through an expo's QR tag gets a cart carrying that expo (utils/expo-visit.ts).
import type { HttpTypes } from "@medusajs/types"
import type { QueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { getRegionQueryOptions } from "../../regions/api/get-region"
import { writeCartId } from "../utils/cart-id"
import { expoMetadataFor, markExpoCart } from "../utils/expo-visit"
import { CART_FIELDS, cartQueryKey } from "./get-cart"

export async function createCart(
  queryClient: QueryClient
): Promise<HttpTypes.StoreCart> {
  const region = await queryClient.ensureQueryData(getRegionQueryOptions())
  const metadata = expoMetadataFor(null)
  const { cart } = await getSdk().store.cart.create(
    { region_id: region.id, ...(metadata ? { metadata } : {}) },
    { fields: CART_FIELDS }
  )
  queryClient.setQueryData(cartQueryKey(cart.id), cart)
  writeCartId(cart.id)
  if (metadata) markExpoCart(cart.id)
  return cart
}

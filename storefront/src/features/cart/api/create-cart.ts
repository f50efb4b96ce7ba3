// POST /store/carts — a new cart in the store's region, made when the buyer adds her first item.
import type { HttpTypes } from "@medusajs/types"
import type { QueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { getRegionQueryOptions } from "../../regions/api/get-region"
import { writeCartId } from "../utils/cart-id"
import { CART_FIELDS, cartQueryKey } from "./get-cart"

export async function createCart(
  queryClient: QueryClient
): Promise<HttpTypes.StoreCart> {
  const region = await queryClient.ensureQueryData(getRegionQueryOptions())
  const { cart } = await getSdk().store.cart.create(
    { region_id: region.id },
    { fields: CART_FIELDS }
  )
  queryClient.setQueryData(cartQueryKey(cart.id), cart)
  writeCartId(cart.id)
  return cart
}

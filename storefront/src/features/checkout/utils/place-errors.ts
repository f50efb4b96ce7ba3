// Why placing the order failed, in the buyer's terms. Medusa answers a failed completion either with an error
// status or with 200 { type: "cart", error } (CartNotCompletedError); both carry only a message.
import { FetchError } from "@medusajs/js-sdk"
import { isOutOfStockMessage } from "../../cart/utils/cart-errors"

export type PlaceFailure = "out_of_stock" | "payment" | "network" | "cart_gone" | "unknown"

export function placeFailure(error: unknown): PlaceFailure {
  if (error instanceof TypeError) return "network"
  if (!(error instanceof Error)) return "unknown"
  if (error instanceof FetchError && error.status === 404) return "cart_gone"
  if (isOutOfStockMessage(error.message)) return "out_of_stock"
  if (/payment|authori[sz]/i.test(error.message)) return "payment"
  return "unknown"
}

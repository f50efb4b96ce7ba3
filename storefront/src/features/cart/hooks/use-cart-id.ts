import { useSyncExternalStore } from "react"
import { currentCartId, subscribeCartId } from "../utils/cart-id"

/** The stored cart id (null when the buyer has no cart yet); re-renders when it is created, cleared or changed. */
export function useCartId(): string | null {
  return useSyncExternalStore(subscribeCartId, currentCartId, () => null)
}

// The buyer's cart id, kept in localStorage under one key that the account feature also reads (to transfer the
// cart on sign-in). Changes are announced so every component showing the cart follows, across tabs too.
export const CART_ID_STORAGE_KEY = "karya.cart_id"

const CHANGE_EVENT = "karya:cart-id"

export function readCartId(): string | null {
  try {
    const value = window.localStorage.getItem(CART_ID_STORAGE_KEY)
    return value && value.trim() !== "" ? value : null
  } catch {
    return null // storage blocked: the cart lives only as long as the page
  }
}

export function writeCartId(id: string | null): void {
  try {
    if (id) window.localStorage.setItem(CART_ID_STORAGE_KEY, id)
    else window.localStorage.removeItem(CART_ID_STORAGE_KEY)
  } catch {
    // Not remembered across visits; the current page still knows it through the event below.
    memoryCartId = id
  }
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

let memoryCartId: string | null = null

export function currentCartId(): string | null {
  return readCartId() ?? memoryCartId
}

export function subscribeCartId(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === CART_ID_STORAGE_KEY) onChange()
  }
  window.addEventListener(CHANGE_EVENT, onChange)
  window.addEventListener("storage", onStorage)
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange)
    window.removeEventListener("storage", onStorage)
  }
}

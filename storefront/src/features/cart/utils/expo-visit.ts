// A buyer who scans the QR code on an expo's product tag lands on `/products/<handle>?expo=<expo handle>`. The expo is
// remembered for a week, and the cart she fills carries it as `metadata.karya_expo`; Medusa copies cart metadata to
// the order, and the campaigns plugin attributes the order to that expo (its sponsor's report counts it).
export const EXPO_VISIT_STORAGE_KEY = "karya.expo"
export const EXPO_METADATA_KEY = "karya_expo"
const WEEK_MS = 7 * 24 * 60 * 60 * 1000
const HANDLE = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/

export type ExpoVisit = { handle: string; at: number; cart_id?: string }

function read(): ExpoVisit | null {
  try {
    const raw = window.localStorage.getItem(EXPO_VISIT_STORAGE_KEY)
    const value = raw ? (JSON.parse(raw) as Partial<ExpoVisit>) : null
    if (!value || typeof value.handle !== "string" || !HANDLE.test(value.handle) || typeof value.at !== "number") return null
    return { handle: value.handle, at: value.at, cart_id: typeof value.cart_id === "string" ? value.cart_id : undefined }
  } catch {
    return null
  }
}

function write(visit: ExpoVisit | null): void {
  try {
    if (visit) window.localStorage.setItem(EXPO_VISIT_STORAGE_KEY, JSON.stringify(visit))
    else window.localStorage.removeItem(EXPO_VISIT_STORAGE_KEY)
  } catch {
    // storage blocked: the visit is not remembered
  }
}

/** Remembers the expo named by the page address's `expo` parameter, if it is a well-formed handle. */
export function captureExpoVisit(search: string, now = Date.now()): void {
  const handle = new URLSearchParams(search).get("expo")?.trim().toLowerCase()
  if (!handle || !HANDLE.test(handle)) return
  const current = read()
  if (current?.handle === handle) write({ ...current, at: now })
  else write({ handle, at: now })
}

/** The expo the buyer came through in the last week, or null. */
export function currentExpoVisit(now = Date.now()): ExpoVisit | null {
  const visit = read()
  if (!visit) return null
  if (now - visit.at > WEEK_MS || visit.at > now + 60_000) {
    write(null)
    return null
  }
  return visit
}

/** The cart metadata to send for a visit, when the cart `cartId` does not carry it yet. */
export function expoMetadataFor(cartId: string | null, now = Date.now()): Record<string, string> | null {
  const visit = currentExpoVisit(now)
  if (!visit || (cartId !== null && visit.cart_id === cartId)) return null
  return { [EXPO_METADATA_KEY]: visit.handle }
}

/** Notes that the cart now carries the visit's expo. */
export function markExpoCart(cartId: string): void {
  const visit = read()
  if (visit) write({ ...visit, cart_id: cartId })
}

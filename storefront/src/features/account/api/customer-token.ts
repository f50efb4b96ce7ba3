// Whether this browser holds a customer's token, read straight from storage so the header can tell "Masuk" from
// "Akun" before the customer is fetched. The SDK reads and writes the same key (lib/sdk.ts).
import { CUSTOMER_TOKEN_STORAGE_KEY } from "../../../lib/sdk"
import { isExpired, readTokenClaims, tokenStanding } from "../utils/auth-token"

export function storedCustomerToken(): string | null {
  try {
    return window.localStorage.getItem(CUSTOMER_TOKEN_STORAGE_KEY)
  } catch {
    return null
  }
}

/** A customer token that has not expired (the backend may still refuse it). */
export function hasCustomerToken(): boolean {
  const claims = readTokenClaims(storedCustomerToken())
  return tokenStanding(claims) === "customer" && claims !== null && !isExpired(claims)
}

/** Calls onChange when another tab signs in or out. */
export function subscribeCustomerToken(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === CUSTOMER_TOKEN_STORAGE_KEY) onChange()
  }
  window.addEventListener("storage", onStorage)
  return () => window.removeEventListener("storage", onStorage)
}

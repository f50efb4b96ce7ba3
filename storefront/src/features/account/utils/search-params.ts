// The account routes' search params, checked before the pages load. After signing in, a buyer goes back to the page she
// came from, never off-site.
export type AccountEntrySearch = {
  redirect?: string
  /** set when a signed-in page found the session over */
  expired?: boolean
}

export const ACCOUNT_HOME = "/akun"

/** A path inside this store (not "//host", not a scheme), and not back to the sign-in or registration pages. */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined
  const target = value.trim()
  if (!target.startsWith("/") || target.startsWith("//") || target.includes("\\")) return undefined
  if (/^\/akun\/(masuk|daftar)(\/|\?|#|$)/.test(target)) return undefined
  // the portal has its own sign-in; a buyer's sign-in never leads there
  if (/^\/portal(\/|\?|#|$)/.test(target)) return undefined
  return target
}

export const validateAccountEntrySearch = (search: Record<string, unknown>): AccountEntrySearch => ({
  redirect: safeRedirect(search.redirect),
  expired: search.expired === true || search.expired === "true" ? true : undefined,
})

export type AccountOrdersSearch = { page?: number }

export const validateAccountOrdersSearch = (search: Record<string, unknown>): AccountOrdersSearch => {
  const page = typeof search.page === "number" ? search.page : Number(search.page)
  return { page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : undefined }
}

export type AccountAddressesSearch = { notice?: "saved" }

export const validateAccountAddressesSearch = (search: Record<string, unknown>): AccountAddressesSearch => ({
  notice: search.notice === "saved" ? "saved" : undefined,
})

// Where the storefront lives, for links printed on paper (QR tags, the catalogue). The backend reads the same
// variable with the same default in backend/medusa-config.ts.

const DEFAULT_STOREFRONT_URL = "http://localhost:5173"

/** The storefront's origin (and path prefix, if any) without a trailing slash. */
export function storefrontUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.STOREFRONT_URL?.trim() || DEFAULT_STOREFRONT_URL
  return raw.replace(/\/+$/, "")
}

/** The product page as a visitor of the expo reaches it: the storefront records `?expo=` on the cart (attribution). */
export function expoProductUrl(productHandle: string, expoHandle: string, base: string = storefrontUrl()): string {
  return `${base}/products/${encodeURIComponent(productHandle)}?expo=${encodeURIComponent(expoHandle)}`
}

/** The URL as printed under a QR code, for someone typing it: without the scheme. */
export const shortUrl = (url: string) => url.replace(/^https?:\/\//, "")

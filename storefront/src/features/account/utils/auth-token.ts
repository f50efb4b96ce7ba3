// Reads the claims of a Medusa auth JWT (without verifying it: the backend does that) to tell a customer's token
// from one that belongs to no customer yet, or to another kind of account (facility staff share the emailpass
// identities), and to drop an expired token without asking the backend.
export type TokenClaims = {
  actor_id: string
  actor_type: string
  app_metadata: Record<string, unknown>
  /** seconds since the epoch */
  exp?: number
}

function decodeBase64Url(part: string): string {
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/")
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4)
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0))
  return new TextDecoder().decode(bytes)
}

export function readTokenClaims(token: string | null | undefined): TokenClaims | null {
  if (!token) return null
  const payload = token.split(".")[1]
  if (!payload) return null
  try {
    const claims: unknown = JSON.parse(decodeBase64Url(payload))
    if (typeof claims !== "object" || claims === null) return null
    const { actor_id, actor_type, app_metadata, exp } = claims as Record<string, unknown>
    return {
      actor_id: typeof actor_id === "string" ? actor_id : "",
      actor_type: typeof actor_type === "string" ? actor_type : "",
      app_metadata:
        typeof app_metadata === "object" && app_metadata !== null
          ? (app_metadata as Record<string, unknown>)
          : {},
      exp: typeof exp === "number" ? exp : undefined,
    }
  } catch {
    return null
  }
}

export function isExpired(claims: TokenClaims, nowMs = Date.now()): boolean {
  return claims.exp !== undefined && claims.exp * 1000 <= nowMs
}

/**
 * - customer: a signed-in customer
 * - unregistered: an email and password with no account of any kind behind them yet (a registration that stopped
 *   before the customer was created)
 * - other-account: the email belongs to another kind of account (e.g. a facility staff member of the Portal)
 * - invalid: not a customer token at all
 */
export type TokenStanding = "customer" | "unregistered" | "other-account" | "invalid"

export function tokenStanding(claims: TokenClaims | null): TokenStanding {
  if (!claims || claims.actor_type !== "customer") return "invalid"
  if (claims.actor_id) return "customer"
  const linked = Object.entries(claims.app_metadata).some(
    ([key, value]) => key.endsWith("_id") && typeof value === "string" && value !== ""
  )
  return linked ? "other-account" : "unregistered"
}

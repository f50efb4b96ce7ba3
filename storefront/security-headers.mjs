// The storefront server's security headers (used by server.mjs; a module of its own so tests can check the policy
// without starting a server). The page loads its code, styles and fonts from itself only, talks to the backend and
// shows its images; with Stripe configured, Stripe.js and its frames too. Nobody may frame the store.

/** Origins Stripe.js needs (https://docs.stripe.com/security/guide#content-security-policy). */
const STRIPE = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
}

function originOf(url) {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/** The Content-Security-Policy for the store's pages. `backendUrl` is where the API and uploaded images live. */
export function contentSecurityPolicy({ backendUrl, stripe = false }) {
  const backend = originOf(backendUrl)
  const api = backend ? [backend] : []
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...(stripe ? STRIPE.script : [])],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", "blob:", ...api],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...api, ...(stripe ? STRIPE.connect : [])],
    "frame-src": stripe ? STRIPE.frame : ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ")
}

/** Headers for every answer. `https`: the request reached us over https (directly or through the proxy in front),
 * the only case where HSTS means anything; on http://localhost it would pin a developer's browser to https. */
export function securityHeaders({ backendUrl, stripe = false, https = false }) {
  return {
    "Content-Security-Policy": contentSecurityPolicy({ backendUrl, stripe }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  }
}

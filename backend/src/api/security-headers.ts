// Security headers on every API answer (/store, /admin, /auth, /portal, /static, /hooks). The API serves JSON and
// uploaded files, never a page: nothing may run, load or frame it. Medusa Admin (/app) is not under these paths and
// keeps its own headers, since a "default-src 'none'" policy would stop its scripts.
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

export const API_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
}

/** HSTS only when the request came over https (directly, or per the reverse proxy's X-Forwarded-Proto, which Medusa
 * trusts one hop of): sent over plain http it would be ignored, and on localhost it would pin a developer's browser. */
export const HSTS = "max-age=31536000; includeSubDomains"

export function securityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  for (const [name, value] of Object.entries(API_HEADERS)) res.setHeader(name, value)
  if (req.secure) res.setHeader("Strict-Transport-Security", HSTS)
  next()
}

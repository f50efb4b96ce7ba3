// Types of security-headers.mjs, for the tests that import it.
export function contentSecurityPolicy(options: { backendUrl: string; stripe?: boolean }): string
export function securityHeaders(options: { backendUrl: string; stripe?: boolean; https?: boolean }): Record<string, string>

// A request refused with 401 mid-session (the token expired): back to the sign-in page, and back here afterwards.
import { useRouter } from "@tanstack/react-router"
import { useCallback } from "react"
import { isUnauthorized } from "../../staff/api/staff-fetch"
import { clearCsrToken } from "../api/csr-token"

/** Returns a check for a failed mutation: true (and on its way to sign-in) when the session is over. */
export function useSessionGuard(): (error: unknown) => boolean {
  const router = useRouter()
  return useCallback(
    (error: unknown) => {
      if (!isUnauthorized(error)) return false
      clearCsrToken()
      void router.navigate({
        to: "/portal/csr/masuk",
        search: { redirect: router.state.location.href, expired: true },
        replace: true,
      })
      return true
    },
    [router]
  )
}

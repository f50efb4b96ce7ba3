// What the shared staff pieces need to know about the portal they serve: the facility staff's Portal or the CSR portal.
import type { UseMutationResult } from "@tanstack/react-query"
import type { StaffSignInInput } from "./api/staff-session"

/**
 * The portal's key: its strings live under it in the translations ("csr.signIn.title"), its page shell wears it as
 * a class (.csr), and its class names start with it (.csr-field): the shared components build theirs from it, so
 * each portal keeps its own names and staff.css styles both.
 */
export type StaffPortalKey = "portal" | "csr"

export type StaffPortal = {
  key: StaffPortalKey
  home: "/portal" | "/portal/csr"
  signInPath: "/portal/masuk" | "/portal/csr/masuk"
  /** prefix of the sign-in form's control ids */
  idPrefix: string
  clearToken: () => void
  useSignIn: () => UseMutationResult<void, Error, StaffSignInInput>
}

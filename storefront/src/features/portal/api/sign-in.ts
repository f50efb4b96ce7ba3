// Sign in as facility staff (auth actor `facility_staff`, email + password) and sign out.
import { createStaffSession } from "../../staff/api/staff-session"
import { portalKeys } from "./query-keys"
import { staffTokens } from "./staff-token"

const session = createStaffSession({ actor: "facility_staff", tokens: staffTokens, queryKey: portalKeys.all })

export const useSignIn = session.useSignIn
/** Forgets the token, leaves the signed-in pages, then drops every cached portal answer. */
export const useSignOut = session.useSignOut

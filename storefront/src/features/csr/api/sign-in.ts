// Sign in as CSR staff (auth actor `csr_staff`, email + password) and sign out.
import { createStaffSession } from "../../staff/api/staff-session"
import { csrTokens } from "./csr-token"
import { csrKeys } from "./query-keys"

const session = createStaffSession({ actor: "csr_staff", tokens: csrTokens, queryKey: csrKeys.all })

export const useCsrSignIn = session.useSignIn
/** Forgets the token, leaves the signed-in pages, then drops every cached CSR answer. */
export const useCsrSignOut = session.useSignOut

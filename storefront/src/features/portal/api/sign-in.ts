// Sign in as facility staff (auth actor `facility_staff`, email + password) and sign out.
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { portalKeys } from "./query-keys"
import { clearStaffToken, setStaffToken } from "./staff-token"

export type SignInInput = { email: string; password: string }

export async function signIn({ email, password }: SignInInput): Promise<void> {
  const { token } = await getSdk().client.fetch<{ token?: string }>(
    "/auth/facility_staff/emailpass",
    // A stale token from an earlier session must not ride along.
    { method: "POST", body: { email, password }, headers: { authorization: null } }
  )
  if (!token) throw new Error("The sign-in answer carried no token")
  setStaffToken(token)
}

export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signIn,
    onSuccess: () => queryClient.removeQueries({ queryKey: portalKeys.all }),
  })
}

/**
 * Forgets the token, leaves the signed-in pages (`leave`, e.g. navigate to sign-in), then drops every cached
 * portal answer. Dropping them only after leaving keeps the open page from refetching without a token.
 */
export function useSignOut() {
  const queryClient = useQueryClient()
  return async (leave: () => Promise<unknown>) => {
    clearStaffToken()
    await leave()
    queryClient.removeQueries({ queryKey: portalKeys.all })
  }
}

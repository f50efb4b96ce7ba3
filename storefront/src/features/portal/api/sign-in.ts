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

/** Forgets the token and every portal answer cached under it. */
export function useSignOut() {
  const queryClient = useQueryClient()
  return () => {
    clearStaffToken()
    queryClient.removeQueries({ queryKey: portalKeys.all })
  }
}

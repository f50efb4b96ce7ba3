// Sign in as CSR staff (auth actor `csr_staff`, email + password) and sign out.
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { clearCsrToken, setCsrToken } from "./csr-token"
import { csrKeys } from "./query-keys"

export type CsrSignInInput = { email: string; password: string }

export async function signInCsr({ email, password }: CsrSignInInput): Promise<void> {
  const { token } = await getSdk().client.fetch<{ token?: string }>(
    "/auth/csr_staff/emailpass",
    // A stale token from an earlier session must not ride along.
    { method: "POST", body: { email, password }, headers: { authorization: null } }
  )
  if (!token) throw new Error("The sign-in answer carried no token")
  setCsrToken(token)
}

export function useCsrSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signInCsr,
    onSuccess: () => queryClient.removeQueries({ queryKey: csrKeys.all }),
  })
}

/**
 * Forgets the token, leaves the signed-in pages (`leave`, e.g. navigate to sign-in), then drops every cached CSR
 * answer. Dropping them only after leaving keeps the open page from refetching without a token.
 */
export function useCsrSignOut() {
  const queryClient = useQueryClient()
  return async (leave: () => Promise<unknown>) => {
    clearCsrToken()
    await leave()
    queryClient.removeQueries({ queryKey: csrKeys.all })
  }
}

// Sign in to a staff portal (an auth actor with email + password) and sign out of it.
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import type { TokenStore } from "./token-store"

export type StaffSignInInput = { email: string; password: string }

type StaffSessionConfig = {
  /** the auth actor: `facility_staff`, `csr_staff` */
  actor: string
  tokens: TokenStore
  /** the key every one of the portal's queries lives under, dropped on sign-in and sign-out */
  queryKey: QueryKey
}

export function createStaffSession({ actor, tokens, queryKey }: StaffSessionConfig) {
  async function signIn({ email, password }: StaffSignInInput): Promise<void> {
    const { token } = await getSdk().client.fetch<{ token?: string }>(
      `/auth/${actor}/emailpass`,
      // A stale token from an earlier session must not ride along.
      { method: "POST", body: { email, password }, headers: { authorization: null } }
    )
    if (!token) throw new Error("The sign-in answer carried no token")
    tokens.set(token)
  }

  function useSignIn() {
    const queryClient = useQueryClient()
    return useMutation({
      mutationFn: signIn,
      onSuccess: () => queryClient.removeQueries({ queryKey }),
    })
  }

  /**
   * Forgets the token, leaves the signed-in pages (`leave`, e.g. navigate to sign-in), then drops every cached
   * answer of the portal. Dropping them only after leaving keeps the open page from refetching without a token.
   */
  function useSignOut() {
    const queryClient = useQueryClient()
    return async (leave: () => Promise<unknown>) => {
      tokens.clear()
      await leave()
      queryClient.removeQueries({ queryKey })
    }
  }

  return { signIn, useSignIn, useSignOut }
}

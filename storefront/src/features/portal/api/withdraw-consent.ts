import { useMutation, useQueryClient } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import type { Participant } from "./types"
import { storeParticipant } from "./update-participant"

/** Withdraws her consent as of now: both flags become false. */
export async function withdrawConsent(id: string): Promise<Participant> {
  const { participant } = await portalFetch<{ participant: Participant }>(
    `/portal/facility/participants/${encodeURIComponent(id)}/consent`,
    { method: "DELETE" }
  )
  return participant
}

export function useWithdrawConsent(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => withdrawConsent(id),
    onSuccess: (participant) => storeParticipant(queryClient, participant),
  })
}

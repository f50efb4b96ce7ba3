import { useMutation, useQueryClient } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import type { Participant } from "./types"
import { storeParticipant } from "./update-participant"

export type ConsentInput = { display_name: boolean; story: boolean }

/** Records her consent as of now. */
export async function giveConsent(
  id: string,
  consent: ConsentInput
): Promise<Participant> {
  const { participant } = await portalFetch<{ participant: Participant }>(
    `/portal/facility/participants/${encodeURIComponent(id)}/consent`,
    { method: "POST", body: consent }
  )
  return participant
}

export function useGiveConsent(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (consent: ConsentInput) => giveConsent(id, consent),
    onSuccess: (participant) => storeParticipant(queryClient, participant),
  })
}

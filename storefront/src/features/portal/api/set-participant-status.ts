import { useMutation, useQueryClient } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import type { Participant, ParticipantStatus } from "./types"
import { storeParticipant } from "./update-participant"

export type StatusInput = { status: ParticipantStatus; date?: string }

export async function setParticipantStatus(
  id: string,
  input: StatusInput
): Promise<Participant> {
  const { participant } = await portalFetch<{ participant: Participant }>(
    `/portal/facility/participants/${encodeURIComponent(id)}/status`,
    { method: "POST", body: input }
  )
  return participant
}

export function useSetParticipantStatus(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: StatusInput) => setParticipantStatus(id, input),
    onSuccess: (participant) => storeParticipant(queryClient, participant),
  })
}

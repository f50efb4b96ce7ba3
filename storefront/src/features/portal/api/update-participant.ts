import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query"
import { getParticipantQueryOptions } from "./get-participant"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { Participant, ParticipantBody } from "./types"

export async function updateParticipant(
  id: string,
  body: Partial<ParticipantBody>
): Promise<Participant> {
  const { participant } = await portalFetch<{ participant: Participant }>(
    `/portal/facility/participants/${encodeURIComponent(id)}`,
    { method: "POST", body }
  )
  return participant
}

/** After any write to a participant: the answer is her new record; lists and the dashboard refetch. */
export async function storeParticipant(
  queryClient: QueryClient,
  participant: Participant
): Promise<void> {
  queryClient.setQueryData(
    getParticipantQueryOptions(participant.id).queryKey,
    participant
  )
  await queryClient.invalidateQueries({
    queryKey: [...portalKeys.participants(), "list"],
  })
  await queryClient.invalidateQueries({ queryKey: portalKeys.dashboard() })
}

export function useUpdateParticipant(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<ParticipantBody>) => updateParticipant(id, body),
    onSuccess: (participant) => storeParticipant(queryClient, participant),
  })
}

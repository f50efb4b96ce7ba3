import { useMutation, useQueryClient } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { CreateParticipantBody, Participant } from "./types"

export async function createParticipant(
  body: CreateParticipantBody
): Promise<Participant> {
  const { participant } = await portalFetch<{ participant: Participant }>(
    "/portal/facility/participants",
    { method: "POST", body }
  )
  return participant
}

export function useCreateParticipant() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createParticipant,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: portalKeys.participants() })
      await queryClient.invalidateQueries({ queryKey: portalKeys.dashboard() })
    },
  })
}

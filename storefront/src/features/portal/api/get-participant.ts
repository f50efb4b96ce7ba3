import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { Participant } from "./types"

export async function getParticipant(id: string): Promise<Participant> {
  const { participant } = await portalFetch<{ participant: Participant }>(
    `/portal/facility/participants/${encodeURIComponent(id)}`
  )
  return participant
}

export const getParticipantQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...portalKeys.participants(), "detail", id] as const,
    queryFn: () => getParticipant(id),
    staleTime: 0,
  })

export const useParticipant = (id: string) =>
  useSuspenseQuery(getParticipantQueryOptions(id))

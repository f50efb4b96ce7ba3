import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { Participant, ParticipantStatus } from "./types"

export const PORTAL_PARTICIPANTS_PAGE_SIZE = 50

export type GetParticipantsParams = {
  q?: string
  status?: ParticipantStatus
  /** 1-based */
  page: number
}

export type ParticipantsPage = {
  participants: Participant[]
  count: number
  page: number
  pageCount: number
}

export async function getParticipants({
  q,
  status,
  page,
}: GetParticipantsParams): Promise<ParticipantsPage> {
  const { participants, count } = await portalFetch<{
    participants: Participant[]
    count: number
  }>("/portal/facility/participants", {
    query: {
      q: q || undefined,
      status,
      limit: PORTAL_PARTICIPANTS_PAGE_SIZE,
      offset: (page - 1) * PORTAL_PARTICIPANTS_PAGE_SIZE,
    },
  })
  return {
    participants,
    count,
    page,
    pageCount: Math.max(1, Math.ceil(count / PORTAL_PARTICIPANTS_PAGE_SIZE)),
  }
}

export const getParticipantsQueryOptions = (params: GetParticipantsParams) =>
  queryOptions({
    queryKey: [...portalKeys.participants(), "list", params] as const,
    queryFn: () => getParticipants(params),
    staleTime: 0,
  })

export const useParticipants = (params: GetParticipantsParams) =>
  useSuspenseQuery(getParticipantsQueryOptions(params))

/** The active makers one can credit on a product (the maker picker). */
export const getActiveMakersQueryOptions = () =>
  getParticipantsQueryOptions({ status: "active", page: 1 })

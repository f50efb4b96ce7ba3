import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"

/** One read of a participant's private fields (legal name, registration number), from the access log. */
export type AccessLogEntry = {
  id: string
  actor: { type: "facility_staff" | "user"; id: string; email: string | null }
  participant_id: string
  participant: { id: string; display_name: string | null }
  facility_id: string
  fields: string[]
  route: string
  created_at: string
}

export type AccessLogPage = { entries: AccessLogEntry[]; count: number; limit: number; offset: number }

/** Managers only: the backend answers 403 to other staff. */
export const getAccessLog = (params: { participant_id?: string; limit: number }) =>
  portalFetch<AccessLogPage>("/portal/facility/participants/access-log", {
    query: { participant_id: params.participant_id, limit: params.limit, offset: 0 },
  })

export const getAccessLogQueryOptions = (params: { participant_id?: string; limit: number }) =>
  queryOptions({
    queryKey: [...portalKeys.participants(), "access-log", params] as const,
    queryFn: () => getAccessLog(params),
    staleTime: 0,
    placeholderData: keepPreviousData,
  })

export const useAccessLog = (params: { participant_id?: string; limit: number }) =>
  useQuery(getAccessLogQueryOptions(params))

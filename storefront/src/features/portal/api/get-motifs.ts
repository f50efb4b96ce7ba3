import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { ManagedMotif, StoreMotif } from "./types"

export type PortalMotifs = {
  motifs: ManagedMotif[]
  count: number
  /** other facilities' motifs whose licence lets this facility use them */
  usable_from_other_facilities: StoreMotif[]
}

export const getPortalMotifs = () => portalFetch<PortalMotifs>("/portal/facility/motifs")

export const getPortalMotifsQueryOptions = () =>
  queryOptions({
    queryKey: [...portalKeys.motifs(), "list"] as const,
    queryFn: getPortalMotifs,
    staleTime: 0,
  })

export const usePortalMotifs = () => useSuspenseQuery(getPortalMotifsQueryOptions())

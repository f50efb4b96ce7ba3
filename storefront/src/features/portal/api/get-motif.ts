import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { ManagedMotif } from "./types"

export async function getPortalMotif(id: string): Promise<ManagedMotif> {
  const { motif } = await portalFetch<{ motif: ManagedMotif }>(
    `/portal/facility/motifs/${encodeURIComponent(id)}`
  )
  return motif
}

export const getPortalMotifQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...portalKeys.motifs(), "detail", id] as const,
    queryFn: () => getPortalMotif(id),
    staleTime: 0,
  })

export const usePortalMotif = (id: string) => useSuspenseQuery(getPortalMotifQueryOptions(id))

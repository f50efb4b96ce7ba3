import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getPortalMotifQueryOptions } from "./get-motif"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { ManagedMotif, MotifBody } from "./types"

export async function updatePortalMotif(id: string, body: Partial<MotifBody>): Promise<ManagedMotif> {
  const { motif } = await portalFetch<{ motif: ManagedMotif }>(
    `/portal/facility/motifs/${encodeURIComponent(id)}`,
    { method: "POST", body }
  )
  return motif
}

export function useUpdatePortalMotif(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<MotifBody>) => updatePortalMotif(id, body),
    onSuccess: async (motif) => {
      queryClient.setQueryData(getPortalMotifQueryOptions(id).queryKey, motif)
      await queryClient.invalidateQueries({ queryKey: portalKeys.motifs() })
    },
  })
}

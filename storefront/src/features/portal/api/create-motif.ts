import { useMutation, useQueryClient } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { ManagedMotif, MotifBody } from "./types"

export async function createPortalMotif(body: MotifBody): Promise<ManagedMotif> {
  const { motif } = await portalFetch<{ motif: ManagedMotif }>("/portal/facility/motifs", {
    method: "POST",
    body,
  })
  return motif
}

export function useCreatePortalMotif() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createPortalMotif,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalKeys.motifs() }),
  })
}

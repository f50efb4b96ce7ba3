import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getPortalProductMotifsQueryOptions } from "./get-product-motifs"
import { portalFetch } from "./portal-fetch"
import type { StoreMotif } from "./types"

/** Replaces the motifs the product uses; another facility's motif needs a licence that allows it (else 400). */
export async function setProductMotifs(id: string, motifIds: string[]): Promise<StoreMotif[]> {
  const answer = await portalFetch<{ motifs: StoreMotif[] }>(
    `/portal/facility/products/${encodeURIComponent(id)}/motifs`,
    { method: "POST", body: { motif_ids: motifIds } }
  )
  return answer.motifs
}

export function useSetProductMotifs(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (motifIds: string[]) => setProductMotifs(id, motifIds),
    onSuccess: (motifs) =>
      queryClient.setQueryData(getPortalProductMotifsQueryOptions(id).queryKey, motifs),
  })
}

import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getPortalProductQueryOptions } from "./get-product"
import { portalFetch } from "./portal-fetch"
import type { MakerShare, ProductMaker } from "./types"

/** Replaces all maker credits of the product. */
export async function setProductMakers(
  id: string,
  makers: MakerShare[]
): Promise<ProductMaker[]> {
  const answer = await portalFetch<{ makers: ProductMaker[] }>(
    `/portal/facility/products/${encodeURIComponent(id)}/makers`,
    { method: "POST", body: { makers } }
  )
  return answer.makers
}

export function useSetProductMakers(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (makers: MakerShare[]) => setProductMakers(id, makers),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: getPortalProductQueryOptions(id).queryKey,
      }),
  })
}

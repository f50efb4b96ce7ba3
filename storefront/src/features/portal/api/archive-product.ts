import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getPortalProductQueryOptions } from "./get-product"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { PortalProduct } from "./types"

export async function archivePortalProduct(id: string): Promise<PortalProduct> {
  const { product } = await portalFetch<{ product: PortalProduct }>(
    `/portal/facility/products/${encodeURIComponent(id)}/archive`,
    { method: "POST" }
  )
  return product
}

export function useArchivePortalProduct(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => archivePortalProduct(id),
    onSuccess: async (product) => {
      queryClient.setQueryData(getPortalProductQueryOptions(id).queryKey, product)
      await queryClient.invalidateQueries({ queryKey: portalKeys.products() })
      await queryClient.invalidateQueries({ queryKey: portalKeys.dashboard() })
    },
  })
}

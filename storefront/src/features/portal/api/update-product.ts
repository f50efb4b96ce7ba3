import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getPortalProductQueryOptions } from "./get-product"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { PortalProduct, UpdateProductBody } from "./types"

export async function updatePortalProduct(
  id: string,
  body: UpdateProductBody
): Promise<PortalProduct> {
  const { product } = await portalFetch<{ product: PortalProduct }>(
    `/portal/facility/products/${encodeURIComponent(id)}`,
    { method: "POST", body }
  )
  return product
}

export function useUpdatePortalProduct(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateProductBody) => updatePortalProduct(id, body),
    onSuccess: async (product) => {
      queryClient.setQueryData(getPortalProductQueryOptions(id).queryKey, product)
      await queryClient.invalidateQueries({ queryKey: portalKeys.products() })
      await queryClient.invalidateQueries({ queryKey: portalKeys.dashboard() })
    },
  })
}

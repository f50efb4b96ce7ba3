import { useMutation, useQueryClient } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { CreateProductBody, PortalProduct } from "./types"

export async function createPortalProduct(
  body: CreateProductBody
): Promise<PortalProduct> {
  const { product } = await portalFetch<{ product: PortalProduct }>(
    "/portal/facility/products",
    { method: "POST", body }
  )
  return product
}

export function useCreatePortalProduct() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createPortalProduct,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: portalKeys.products() })
      await queryClient.invalidateQueries({ queryKey: portalKeys.dashboard() })
    },
  })
}

import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getCsrExpoQueryOptions } from "./get-expo"
import { csrFetch } from "./csr-fetch"
import { csrKeys } from "./query-keys"
import type { ExpoDetail } from "./types"

/** Makes the expo's featured products exactly `productIds` (they join or leave its sales channel too). */
export async function setCsrExpoProducts(id: string, productIds: string[]): Promise<ExpoDetail> {
  const { expo } = await csrFetch<{ expo: ExpoDetail }>(`/portal/csr/expos/${encodeURIComponent(id)}/products`, {
    method: "POST",
    body: { product_ids: productIds },
  })
  return expo
}

export function useSetCsrExpoProducts(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (productIds: string[]) => setCsrExpoProducts(id, productIds),
    onSuccess: async (expo) => {
      queryClient.setQueryData(getCsrExpoQueryOptions(id).queryKey, expo)
      // the booth sells the featured products
      await queryClient.invalidateQueries({ queryKey: csrKeys.expoSales(id) })
    },
  })
}

import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getCsrExpoQueryOptions } from "./get-expo"
import { csrFetch } from "./csr-fetch"
import { csrKeys } from "./query-keys"
import type { ExpoDetail, UpdateExpoBody } from "./types"

/** Changes an expo's name, handle, venue, city, dates or promo code (its program stays). */
export async function updateCsrExpo(id: string, body: UpdateExpoBody): Promise<ExpoDetail> {
  const { expo } = await csrFetch<{ expo: ExpoDetail }>(`/portal/csr/expos/${encodeURIComponent(id)}`, {
    method: "POST",
    body,
  })
  return expo
}

export function useUpdateCsrExpo(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateExpoBody) => updateCsrExpo(id, body),
    onSuccess: async (expo) => {
      queryClient.setQueryData(getCsrExpoQueryOptions(id).queryKey, expo)
      await queryClient.invalidateQueries({ queryKey: [...csrKeys.expos(), "list"] })
    },
  })
}

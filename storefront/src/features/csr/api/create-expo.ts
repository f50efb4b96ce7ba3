import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getCsrExpoQueryOptions } from "./get-expo"
import { csrFetch } from "./csr-fetch"
import { csrKeys } from "./query-keys"
import type { CreateExpoBody, ExpoDetail } from "./types"

/** Creates an expo (with its own sales channel) for one of the officer's programs. */
export async function createCsrExpo(body: CreateExpoBody): Promise<ExpoDetail> {
  const { expo } = await csrFetch<{ expo: ExpoDetail }>("/portal/csr/expos", { method: "POST", body })
  return expo
}

export function useCreateCsrExpo() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createCsrExpo,
    onSuccess: async (expo) => {
      queryClient.setQueryData(getCsrExpoQueryOptions(expo.id).queryKey, expo)
      await queryClient.invalidateQueries({ queryKey: csrKeys.expos(), exact: false })
    },
  })
}

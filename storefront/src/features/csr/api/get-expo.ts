import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { csrFetch } from "./csr-fetch"
import { csrKeys } from "./query-keys"
import type { ExpoDetail } from "./types"

/** One expo of the officer's programs with its featured products; another program's answers 404. */
export async function getCsrExpo(id: string): Promise<ExpoDetail> {
  const { expo } = await csrFetch<{ expo: ExpoDetail }>(`/portal/csr/expos/${encodeURIComponent(id)}`)
  return expo
}

export const getCsrExpoQueryOptions = (id: string) =>
  queryOptions({ queryKey: csrKeys.expo(id), queryFn: () => getCsrExpo(id), staleTime: 0 })

export const useCsrExpo = (id: string) => useSuspenseQuery(getCsrExpoQueryOptions(id))

import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { csrFetch } from "./csr-fetch"
import { csrKeys } from "./query-keys"
import type { Expo } from "./types"

/** The expos of the officer's programs, by start. */
export async function getCsrExpos(): Promise<Expo[]> {
  const { expos } = await csrFetch<{ expos: Expo[]; count: number }>("/portal/csr/expos")
  return expos
}

export const getCsrExposQueryOptions = () =>
  queryOptions({ queryKey: [...csrKeys.expos(), "list"] as const, queryFn: getCsrExpos, staleTime: 0 })

export const useCsrExpos = () => useSuspenseQuery(getCsrExposQueryOptions())

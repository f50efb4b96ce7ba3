import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { csrFetch } from "./csr-fetch"
import { csrKeys } from "./query-keys"
import type { Booth } from "./types"

/** What the booth sells: the expo's featured products with their variants, prices and stock. */
export const getBooth = (expoId: string) => csrFetch<Booth>(`/portal/csr/expos/${encodeURIComponent(expoId)}/booth`)

export const getBoothQueryOptions = (expoId: string) =>
  queryOptions({
    queryKey: [...csrKeys.expoSales(expoId), "booth"] as const,
    queryFn: () => getBooth(expoId),
    // stock changes with every sale, online ones too
    staleTime: 0,
  })

export const useBooth = (expoId: string) => useSuspenseQuery(getBoothQueryOptions(expoId))

import { queryOptions, useQuery } from "@tanstack/react-query"
import { csrFetch } from "./csr-fetch"
import { csrKeys } from "./query-keys"
import type { ExpoOrderRow } from "./types"

/** The expo's sales, newest first: booth sales and orders placed through its QR tags. */
export const getExpoOrders = (expoId: string) =>
  csrFetch<{ orders: ExpoOrderRow[]; count: number }>(`/portal/csr/expos/${encodeURIComponent(expoId)}/orders`)

export const getExpoOrdersQueryOptions = (expoId: string) =>
  queryOptions({
    queryKey: [...csrKeys.expoSales(expoId), "orders"] as const,
    queryFn: () => getExpoOrders(expoId),
    staleTime: 0,
  })

/** Not suspending: the booth stays usable while its sales list loads or fails. */
export const useExpoOrders = (expoId: string) => useQuery(getExpoOrdersQueryOptions(expoId))

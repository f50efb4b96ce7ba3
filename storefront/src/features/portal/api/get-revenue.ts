import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { FacilityRevenue } from "./types"

/** The facility's ledger at a glance: template in force, account balances, every participant's balance. */
export const getRevenue = () => portalFetch<FacilityRevenue>("/portal/facility/revenue")

export const getRevenueQueryOptions = () =>
  queryOptions({
    queryKey: [...portalKeys.revenue(), "overview"] as const,
    queryFn: getRevenue,
    staleTime: 0,
  })

export const useRevenue = () => useSuspenseQuery(getRevenueQueryOptions())

import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { PortalDashboard } from "./types"

export const getDashboard = () =>
  portalFetch<PortalDashboard>("/portal/facility/dashboard")

export const getDashboardQueryOptions = () =>
  queryOptions({
    queryKey: portalKeys.dashboard(),
    queryFn: getDashboard,
    staleTime: 0,
  })

export const useDashboard = () => useSuspenseQuery(getDashboardQueryOptions())

import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { PortalMe } from "./types"

export const getMe = () => portalFetch<PortalMe>("/portal/facility/me")

export const getMeQueryOptions = () =>
  queryOptions({
    queryKey: portalKeys.me(),
    queryFn: getMe,
    staleTime: 5 * 60 * 1000,
  })

export const useMe = () => useSuspenseQuery(getMeQueryOptions())

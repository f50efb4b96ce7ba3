import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { RevenueTemplate } from "./types"

/** The template in force and every version, newest first (version 0 is the default). */
export const getRevenueTemplate = () =>
  portalFetch<{ template: RevenueTemplate; versions: RevenueTemplate[] }>("/portal/facility/revenue/template")

export const getRevenueTemplateQueryOptions = () =>
  queryOptions({
    queryKey: [...portalKeys.revenue(), "template"] as const,
    queryFn: getRevenueTemplate,
    staleTime: 0,
  })

export const useRevenueTemplate = () => useSuspenseQuery(getRevenueTemplateQueryOptions())

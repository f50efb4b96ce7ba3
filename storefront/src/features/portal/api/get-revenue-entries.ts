import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { LedgerEntry } from "./types"

export const REVENUE_ENTRIES_PAGE_SIZE = 50

export type GetRevenueEntriesParams = {
  participant_id?: string
  /** 1-based */
  page: number
}

export type RevenueEntriesPage = {
  entries: LedgerEntry[]
  count: number
  /** of every matching entry, not only this page's */
  sum: number
  page: number
  pageCount: number
}

export async function getRevenueEntries({ participant_id, page }: GetRevenueEntriesParams): Promise<RevenueEntriesPage> {
  const { entries, count, sum } = await portalFetch<{ entries: LedgerEntry[]; count: number; sum: number }>(
    "/portal/facility/revenue/entries",
    {
      query: {
        participant_id,
        limit: REVENUE_ENTRIES_PAGE_SIZE,
        offset: (page - 1) * REVENUE_ENTRIES_PAGE_SIZE,
      },
    }
  )
  return {
    entries,
    count,
    sum,
    page,
    pageCount: Math.max(1, Math.ceil(count / REVENUE_ENTRIES_PAGE_SIZE)),
  }
}

export const getRevenueEntriesQueryOptions = (params: GetRevenueEntriesParams) =>
  queryOptions({
    queryKey: [...portalKeys.revenue(), "entries", params] as const,
    queryFn: () => getRevenueEntries(params),
    staleTime: 0,
  })

export const useRevenueEntries = (params: GetRevenueEntriesParams) =>
  useSuspenseQuery(getRevenueEntriesQueryOptions(params))

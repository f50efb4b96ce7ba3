import { queryOptions, useMutation, useSuspenseQuery } from "@tanstack/react-query"
import { saveBlob } from "../../../lib/download"
import { portalDownload, portalFetch } from "./portal-fetch"
import { portalKeys } from "./query-keys"
import type { MonthSummary } from "./types"

/** month: "YYYY-MM", in Jakarta time */
export async function getMonthSummary(month: string): Promise<MonthSummary> {
  const { summary } = await portalFetch<{ summary: MonthSummary }>(
    `/portal/facility/revenue/months/${encodeURIComponent(month)}`,
    { query: { format: "json" } }
  )
  return summary
}

export const getMonthSummaryQueryOptions = (month: string) =>
  queryOptions({
    queryKey: [...portalKeys.revenue(), "month", month] as const,
    queryFn: () => getMonthSummary(month),
    staleTime: 0,
  })

export const useMonthSummary = (month: string) => useSuspenseQuery(getMonthSummaryQueryOptions(month))

/** The same summary as a CSV file, handed to the browser as a download; resolves with the file name used. */
export async function downloadMonthSummary(month: string): Promise<string> {
  const { blob, filename } = await portalDownload(`/portal/facility/revenue/months/${encodeURIComponent(month)}`, {
    format: "csv",
  })
  const name = filename ?? `ringkasan-${month}.csv`
  saveBlob(blob, name)
  return name
}

export const useDownloadMonthSummary = () => useMutation({ mutationFn: downloadMonthSummary })

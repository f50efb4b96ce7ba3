import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { csrFetch } from "./csr-fetch"
import { csrKeys } from "./query-keys"
import type { ExpoReport } from "./types"

/** The expo's dashboard figures: orders, items sold, revenue, premi, by source and day, top products. */
export async function getExpoReport(expoId: string): Promise<ExpoReport> {
  const { report } = await csrFetch<{ report: ExpoReport }>(`/portal/csr/expos/${encodeURIComponent(expoId)}/report`)
  return report
}

export const getExpoReportQueryOptions = (expoId: string) =>
  queryOptions({
    queryKey: [...csrKeys.expoSales(expoId), "report"] as const,
    queryFn: () => getExpoReport(expoId),
    staleTime: 0,
  })

export const useExpoReport = (expoId: string) => useSuspenseQuery(getExpoReportQueryOptions(expoId))

// A program's impact report for a period: as JSON for the page, as PDF or CSV to download.
import { queryOptions, useMutation, useSuspenseQuery } from "@tanstack/react-query"
import { saveBlob } from "../../../lib/download"
import { csrDownload, csrFetch } from "./csr-fetch"
import { csrKeys } from "./query-keys"
import type { ProgramReport } from "./types"

/** YYYY-MM-DD bounds; absent means from the program's start / until today. */
export type ReportPeriod = { from?: string; to?: string }
export type ReportFormat = "pdf" | "csv"

const reportPath = (programId: string) => `/portal/csr/programs/${encodeURIComponent(programId)}/report`

export async function getProgramReport(programId: string, period: ReportPeriod): Promise<ProgramReport> {
  const { report } = await csrFetch<{ report: ProgramReport }>(reportPath(programId), {
    query: { from: period.from, to: period.to },
  })
  return report
}

export const getProgramReportQueryOptions = (programId: string, period: ReportPeriod) =>
  queryOptions({
    queryKey: [...csrKeys.programReport(programId), { from: period.from ?? null, to: period.to ?? null }] as const,
    queryFn: () => getProgramReport(programId, period),
    staleTime: 0,
  })

export const useProgramReport = (programId: string, period: ReportPeriod) =>
  useSuspenseQuery(getProgramReportQueryOptions(programId, period))

export async function downloadProgramReport(
  program: { id: string; handle: string },
  period: ReportPeriod,
  format: ReportFormat
): Promise<string> {
  const { blob, filename } = await csrDownload(reportPath(program.id), { from: period.from, to: period.to, format })
  const name = filename ?? `laporan-dampak-${program.handle}.${format}`
  saveBlob(blob, name)
  return name
}

export function useDownloadProgramReport(program: { id: string; handle: string }) {
  return useMutation({
    mutationFn: ({ period, format }: { period: ReportPeriod; format: ReportFormat }) =>
      downloadProgramReport(program, period, format),
  })
}

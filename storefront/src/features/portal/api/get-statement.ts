// A participant's monthly statement as a PDF or CSV file. It needs the staff token, so it is fetched, not linked.
import { useMutation } from "@tanstack/react-query"
import { saveBlob } from "../../../lib/download"
import { portalDownload } from "./portal-fetch"

export type StatementFormat = "pdf" | "csv"

export type StatementFile = { participantId: string; month: string; format: StatementFormat }

/** Fetches the statement and hands it to the browser as a download; resolves with the file name used. */
export async function downloadStatement({ participantId, month, format }: StatementFile): Promise<string> {
  const { blob, filename } = await portalDownload(
    `/portal/facility/revenue/statements/${encodeURIComponent(participantId)}`,
    { month, format }
  )
  const name = filename ?? `premi-${month}-${participantId}.${format}`
  saveBlob(blob, name)
  return name
}

export const useDownloadStatement = () => useMutation({ mutationFn: downloadStatement })

// The answers the CSR portal (after its program check) and the admin (any program) share: the expo dashboard as
// JSON, the program impact report as JSON, CSV or PDF.
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ProgramReportQuery } from "../api/portal/csr/programs/[id]/report/validators"
import { programReportCsv, programReportPdf, reportFileName } from "./report-documents"
import { loadExpoReport, loadProgramReport } from "./reports-loader"
import { loadExpos } from "./serializers"

export async function sendExpoReport(req: MedusaRequest, res: MedusaResponse, expoId: string) {
  const [expo] = await loadExpos(req.scope, { id: expoId })
  if (!expo) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Expo with id ${expoId} was not found`)
  res.setHeader("Cache-Control", "no-store")
  res.json({ report: await loadExpoReport(req.scope, expo) })
}

const attachment = (res: MedusaResponse, type: string, name: string, body: string | Buffer) => {
  res.setHeader("Content-Type", type)
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.setHeader("Cache-Control", "no-store")
  // the Portal runs on the storefront's origin and names the saved file from this header
  res.setHeader("Access-Control-Expose-Headers", "Content-Disposition")
  res.send(body)
}

export async function sendProgramReport(req: MedusaRequest, res: MedusaResponse, programId: string) {
  const { from, to, format } = req.validatedQuery as ProgramReportQuery
  const report = await loadProgramReport(req.scope, programId, { from, to })
  if (format === "csv") return attachment(res, "text/csv; charset=utf-8", reportFileName(report, "csv"), programReportCsv(report))
  if (format === "pdf") return attachment(res, "application/pdf", reportFileName(report, "pdf"), await programReportPdf(report))
  res.setHeader("Cache-Control", "no-store")
  res.json({ report })
}

// The answers that the portal (scoped to the staff member's facility) and the admin (any facility) share.
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { recordParticipantAccess } from "@karya/plugin-facilities/lib/access-log"
import { monthSummaryCsv, statementCsv, statementPdf } from "../lib/documents"
import {
  facilityMonthSummary,
  facilityOverview,
  listEntries,
  loadFacility,
  loadParticipant,
  participantStatement,
  templateView,
  type EntryFilters,
} from "../lib/reports"
import { REVENUE_SPLIT_MODULE } from "../modules/revenue-split"
import type RevenueSplitModuleService from "../modules/revenue-split/service"
import { recordPayoutWorkflow, recordSplitTemplateWorkflow } from "../workflows/ledger"
import { month as monthSchema, type ListEntries, type RecordPayout, type RecordTemplate, type ReportQuery, type SummaryQuery } from "./validators"

/** The overview names each participant (legal name, registration number): every read goes to the access log. */
export async function sendOverview(req: MedusaRequest, res: MedusaResponse, facilityId: string) {
  await loadFacility(req.scope, facilityId)
  const overview = await facilityOverview(req.scope, facilityId)
  await recordParticipantAccess(req, overview.participants.map((p) => p.participant_id), { facility_id: facilityId })
  res.json(overview)
}

export async function sendEntries(req: MedusaRequest, res: MedusaResponse, scope: Pick<EntryFilters, "facility_id">) {
  const { limit, offset, ...filters } = req.validatedQuery as ListEntries
  res.json(await listEntries(req.scope, { ...filters, ...scope }, { limit, offset }))
}

export async function sendTemplate(req: MedusaRequest, res: MedusaResponse, facilityId: string) {
  await loadFacility(req.scope, facilityId)
  res.json(await templateView(req.scope, facilityId))
}

export async function recordTemplate(req: MedusaRequest, res: MedusaResponse, facilityId: string, recordedBy: string) {
  await loadFacility(req.scope, facilityId)
  const body = req.validatedBody as RecordTemplate
  await recordSplitTemplateWorkflow(req.scope).run({ input: { ...body, facility_id: facilityId, recorded_by: recordedBy } })
  const { template } = await templateView(req.scope, facilityId)
  res.status(201).json({ template })
}

/** A payout above the balance answers 409 with the balance, and writes nothing. */
export async function recordPayout(req: MedusaRequest, res: MedusaResponse, facilityId: string, recordedBy: string) {
  const body = req.validatedBody as RecordPayout
  await loadParticipant(req.scope, facilityId, body.participant_id)
  try {
    const { result } = await recordPayoutWorkflow(req.scope).run({ input: { ...body, facility_id: facilityId, recorded_by: recordedBy } })
    const ledger: RevenueSplitModuleService = req.scope.resolve(REVENUE_SPLIT_MODULE)
    const payout = await ledger.retrieveLedgerEntry(result.id)
    res.status(201).json({ payout, balance: result.balance })
  } catch (e) {
    const error = e as { type?: string; message?: string }
    if (error.type !== MedusaError.Types.CONFLICT || !error.message?.startsWith("amount:")) throw e
    const ledger: RevenueSplitModuleService = req.scope.resolve(REVENUE_SPLIT_MODULE)
    const [account] = await ledger.balances({ facility_id: facilityId, account_type: "participant", account_id: body.participant_id })
    res.status(409).json({ type: "conflict", message: error.message, field: "amount", balance: account?.balance ?? 0 })
  }
}

const attachment = (res: MedusaResponse, type: string, name: string, body: string | Buffer) => {
  res.setHeader("Content-Type", type)
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.setHeader("Cache-Control", "no-store")
  // the Portal runs on the storefront's origin and names the saved file from this header
  res.setHeader("Access-Control-Expose-Headers", "Content-Disposition")
  res.send(body)
}

export async function sendStatement(req: MedusaRequest, res: MedusaResponse, facilityId: string, participantId: string) {
  const { month, format } = req.validatedQuery as ReportQuery
  const statement = await participantStatement(req.scope, facilityId, participantId, month)
  const name = `premi-${month}-${participantId}`
  if (format === "csv") return attachment(res, "text/csv; charset=utf-8", `${name}.csv`, statementCsv(statement))
  if (format === "pdf") return attachment(res, "application/pdf", `${name}.pdf`, await statementPdf(statement))
  res.setHeader("Cache-Control", "no-store")
  res.json({ statement })
}

export async function sendMonthSummary(req: MedusaRequest, res: MedusaResponse, facilityId: string, month: string) {
  const parsed = monthSchema.safeParse(month)
  if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0]!.message)
  const { format } = req.validatedQuery as SummaryQuery
  const summary = await facilityMonthSummary(req.scope, facilityId, month)
  if (format === "csv") return attachment(res, "text/csv; charset=utf-8", `ringkasan-${month}-${facilityId}.csv`, monthSummaryCsv(summary))
  res.json({ summary })
}

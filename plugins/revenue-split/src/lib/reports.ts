// What the portal and admin routes read from the ledger: a facility's accounts and participants' balances, entries,
// a participant's monthly statement and a facility's month summary. All of them are sums of ledger entries.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { FACILITIES_MODULE } from "@karya/plugin-facilities/modules/facilities"
import { REVENUE_SPLIT_MODULE } from "../modules/revenue-split"
import type RevenueSplitModuleService from "../modules/revenue-split/service"
import { DEFAULT_TEMPLATE, type AccountType } from "./split"

const ledgerOf = (container: MedusaContainer): RevenueSplitModuleService => container.resolve(REVENUE_SPLIT_MODULE)

type ParticipantRow = { id: string; display_name: string; legal_name: string; registration_number: string; status: string; facility_id?: string }
type FacilityRow = { id: string; name: string; short_name: string; handle: string; city: string; province: string }
type FacilitiesService = {
  listParticipants(filter: object, config?: object): Promise<ParticipantRow[]>
  listFacilities(filter: object, config?: object): Promise<FacilityRow[]>
}
const facilitiesOf = (container: MedusaContainer): FacilitiesService => container.resolve(FACILITIES_MODULE)

/** A calendar month in Jakarta time (UTC+7), as the instants that bound it. */
export function monthPeriod(month: string): { from: Date; to: Date } {
  const [y, m] = month.split("-").map(Number) as [number, number]
  const offset = 7 * 3600 * 1000
  return { from: new Date(Date.UTC(y, m - 1, 1) - offset), to: new Date(Date.UTC(y, m, 1) - offset) }
}

/** A day `YYYY-MM-DD` in Jakarta time; `end` gives the start of the next day (for an exclusive upper bound). */
export function dayStart(day: string, end = false): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + (end ? 1 : 0)) - 7 * 3600 * 1000)
}

export async function loadFacility(container: MedusaContainer, facilityId: string): Promise<FacilityRow> {
  const [facility] = await facilitiesOf(container).listFacilities({ id: facilityId })
  if (!facility) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Facility with id ${facilityId} was not found`)
  return facility
}

/** The facility's participant, or 404 (another facility's participant does not exist for this caller). */
export async function loadParticipant(container: MedusaContainer, facilityId: string, participantId: string): Promise<ParticipantRow> {
  const [participant] = await facilitiesOf(container).listParticipants({ id: participantId, facility_id: facilityId })
  if (!participant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Participant with id ${participantId} was not found`)
  return participant
}

export async function templateView(container: MedusaContainer, facilityId: string) {
  const ledger = ledgerOf(container)
  const versions = await ledger.listSplitTemplates({ facility_id: facilityId }, { order: { version: "DESC" } })
  const current = await ledger.templateInForce(facilityId)
  const view = (t: { version: number; premi_bps: number; pnbp_bps: number; capital_bps: number; platform_bps: number }) => {
    const stored = versions.find((v) => v.version === t.version)
    return {
      version: t.version,
      premi_bps: t.premi_bps,
      pnbp_bps: t.pnbp_bps,
      capital_bps: t.capital_bps,
      platform_bps: t.platform_bps,
      note: stored?.note ?? null,
      recorded_at: stored?.created_at ?? null,
    }
  }
  // the default (version 0) is never stored: it is the oldest version of every facility's history
  return { template: view(current), versions: [...versions.map(view), view(DEFAULT_TEMPLATE)] }
}

/** The facility's accounts, each participant's balance, and the totals. */
export async function facilityOverview(container: MedusaContainer, facilityId: string) {
  const ledger = ledgerOf(container)
  const [balances, participants, { template }] = await Promise.all([
    ledger.balances({ facility_id: facilityId }),
    facilitiesOf(container).listParticipants({ facility_id: facilityId }, { order: { display_name: "ASC" } }),
    templateView(container, facilityId),
  ])
  const sumOf = (type: AccountType, accountId?: string) =>
    balances.filter((b) => b.account_type === type && (!accountId || b.account_id === accountId)).reduce((s, b) => s + b.balance, 0)
  const byParticipant = new Map(balances.filter((b) => b.account_type === "participant").map((b) => [b.account_id, b]))
  return {
    template,
    accounts: {
      premi_unassigned: sumOf("facility_premi"),
      pnbp: sumOf("facility_pnbp"),
      capital: sumOf("facility_capital"),
      royalty: sumOf("motif_holder"),
      platform: sumOf("platform"),
    },
    participants: participants.map((p) => {
      const b = byParticipant.get(p.id)
      return {
        participant_id: p.id,
        display_name: p.display_name,
        legal_name: p.legal_name,
        registration_number: p.registration_number,
        status: p.status,
        earned: b?.earned ?? 0,
        reversed: 0 - (b?.reversed ?? 0),
        paid_out: 0 - (b?.paid_out ?? 0),
        balance: b?.balance ?? 0,
      }
    }),
    totals: {
      earned: balances.reduce((s, b) => s + b.earned, 0),
      reversed: 0 - balances.reduce((s, b) => s + b.reversed, 0),
      paid_out: 0 - balances.reduce((s, b) => s + b.paid_out, 0),
      balance: balances.reduce((s, b) => s + b.balance, 0),
    },
  }
}

export type EntryFilters = {
  facility_id?: string
  participant_id?: string
  account_type?: AccountType
  account_id?: string
  kind?: string
  order_id?: string
  from?: string
  to?: string
}

/** A page of entries, newest first, with product titles, and the sum of all entries that match. */
export async function listEntries(container: MedusaContainer, filters: EntryFilters, page: { limit: number; offset: number }) {
  const where: Record<string, unknown> = {}
  if (filters.facility_id) where.facility_id = filters.facility_id
  if (filters.participant_id) Object.assign(where, { account_type: "participant", account_id: filters.participant_id })
  if (filters.account_type) where.account_type = filters.account_type
  if (filters.account_id) where.account_id = filters.account_id
  if (filters.kind) where.kind = filters.kind
  if (filters.order_id) where.order_id = filters.order_id
  const occurred: Record<string, Date> = {}
  if (filters.from) occurred.$gte = dayStart(filters.from)
  if (filters.to) occurred.$lt = dayStart(filters.to, true)
  if (Object.keys(occurred).length) where.occurred_at = occurred

  const ledger = ledgerOf(container)
  const [entries, count] = await ledger.listAndCountLedgerEntries(where, {
    take: page.limit,
    skip: page.offset,
    order: { occurred_at: "DESC", id: "ASC" },
  })
  const [sum] = await ledger.sumEntries({
    group_by: [],
    where: {
      ...(where.facility_id ? { facility_id: where.facility_id as string } : {}),
      ...(where.account_type ? { account_type: where.account_type as string } : {}),
      ...(where.account_id ? { account_id: where.account_id as string } : {}),
      ...(where.kind ? { kind: where.kind as string } : {}),
      ...(where.order_id ? { order_id: where.order_id as string } : {}),
    },
    from: occurred.$gte,
    to: occurred.$lt,
  })
  const titles = await productTitles(container, entries.map((e) => e.product_id).filter((id): id is string => !!id))
  return {
    entries: entries.map(({ deleted_at: _d, updated_at: _u, ...e }) => ({ ...e, product_title: e.product_id ? titles.get(e.product_id) ?? null : null })),
    count,
    sum: sum?.amount ?? 0,
  }
}

async function productTitles(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Map<string, string>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: [...new Set(ids)] }, withDeleted: true })
  return new Map((data as { id: string; title: string }[]).map((p) => [p.id, p.title]))
}

export type Statement = Awaited<ReturnType<typeof participantStatement>>

/** A participant's month: opening balance, what she earned per product (sales net of refunds), what was paid out,
 * closing balance. `closing = opening + earned + adjusted − paid_out`, all from the ledger. */
export async function participantStatement(container: MedusaContainer, facilityId: string, participantId: string, month: string) {
  const [facility, participant] = await Promise.all([loadFacility(container, facilityId), loadParticipant(container, facilityId, participantId)])
  const ledger = ledgerOf(container)
  const { from, to } = monthPeriod(month)
  const account = { facility_id: facilityId, account_type: "participant", account_id: participantId }
  const [opening] = await ledger.sumEntries({ group_by: [], where: account, to: from })
  const rows = await ledger.sumEntries({ group_by: ["product_id", "share", "kind"], where: { ...account, kind: ["sale", "refund"] }, from, to })
  const [adjusted] = await ledger.sumEntries({ group_by: [], where: { ...account, kind: "adjustment" }, from, to })
  const monthPayouts = await ledger.listLedgerEntries(
    { ...account, kind: "payout", occurred_at: { $gte: from, $lt: to } } as never,
    { order: { occurred_at: "ASC", id: "ASC" } }
  )
  const titles = await productTitles(container, rows.map((r) => r.product_id as string).filter(Boolean))

  const lines = new Map<string, { product_id: string | null; product_title: string | null; share: string; sales: number; refunds: number; amount: number }>()
  for (const r of rows) {
    const key = `${r.product_id}:${r.share}`
    const line = lines.get(key) ?? {
      product_id: (r.product_id as string | null) ?? null,
      product_title: r.product_id ? titles.get(r.product_id as string) ?? null : null,
      share: r.share as string,
      sales: 0,
      refunds: 0,
      amount: 0,
    }
    if (r.kind === "sale") line.sales += r.amount
    else line.refunds += r.amount
    line.amount += r.amount
    lines.set(key, line)
  }
  const earned = [...lines.values()].reduce((s, l) => s + l.amount, 0)
  const paidOut = 0 - monthPayouts.reduce((s, p) => s + p.amount, 0)
  const openingBalance = opening?.amount ?? 0
  return {
    facility: { id: facility.id, name: facility.name },
    participant: {
      id: participant.id,
      display_name: participant.display_name,
      legal_name: participant.legal_name,
      registration_number: participant.registration_number,
    },
    month,
    opening_balance: openingBalance,
    lines: [...lines.values()].sort((a, b) => (a.product_title ?? "").localeCompare(b.product_title ?? "") || a.share.localeCompare(b.share)),
    earned,
    adjusted: adjusted?.amount ?? 0,
    paid_out: paidOut,
    payouts: monthPayouts.map((p) => ({ id: p.id, occurred_at: p.occurred_at, amount: -p.amount, method: p.payout_method, note: p.note })),
    closing_balance: openingBalance + earned + (adjusted?.amount ?? 0) - paidOut,
  }
}

export type MonthSummary = Awaited<ReturnType<typeof facilityMonthSummary>>

/** A facility's month: each share net of refunds, sales, refunds and payouts, from the ledger. */
export async function facilityMonthSummary(container: MedusaContainer, facilityId: string, month: string) {
  const facility = await loadFacility(container, facilityId)
  const ledger = ledgerOf(container)
  const { from, to } = monthPeriod(month)
  const rows = await ledger.sumEntries({ group_by: ["share", "kind"], where: { facility_id: facilityId }, from, to })
  const shares = { premi: 0, pnbp: 0, capital: 0, royalty: 0, platform: 0 }
  let sales = 0
  let refunds = 0
  let payouts = 0
  let adjustments = 0
  for (const r of rows) {
    if (r.kind === "sale" || r.kind === "refund") shares[r.share as keyof typeof shares] += r.amount
    if (r.kind === "sale") sales += r.amount
    else if (r.kind === "refund") refunds += r.amount
    else if (r.kind === "payout") payouts += r.amount
    else adjustments += r.amount
  }
  const orders = await ledger.countOrders(facilityId, from, to)
  return {
    facility: { id: facility.id, name: facility.name },
    month,
    shares,
    sales,
    refunds,
    payouts: 0 - payouts,
    adjustments,
    net: sales + refunds,
    orders,
  }
}

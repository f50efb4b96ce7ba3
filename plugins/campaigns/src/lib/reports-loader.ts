// Reads what the expo dashboard and the program impact report sum: an expo's attributed orders (expo_order) with
// their line items, the makers' ledger entries of those orders (revenue-split, joined by order id), the program's
// facilities with their ledger in the period and their active participants (counted, never named).
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../modules/campaigns"
import type CampaignsModuleService from "../modules/campaigns/service"
import {
  buildExpoReport,
  buildProgramReport,
  jakartaDay,
  jakartaDayStart,
  type AttributedOrder,
  type ExpoReport,
  type LedgerRow,
  type ProgramReport,
} from "./reports"
import { loadExpos, loadPrograms, type ExpoRow } from "./serializers"

// Module names of the sibling plugins (a string, as the seed does: the report only reads their list methods).
const REVENUE_SPLIT_MODULE = "revenue_split"
const FACILITIES_MODULE = "facilities"

type LedgerService = { listLedgerEntries(filters: object, config?: object): Promise<LedgerRow[]> }
type FacilitiesService = { listParticipants(filters: object, config?: object): Promise<{ id: string; facility_id: string }[]> }
type Graph = { graph: (q: object) => Promise<{ data: unknown[] }> }

const LEDGER_COLUMNS = ["order_id", "product_id", "line_item_id", "facility_id", "account_type", "account_id", "share", "kind", "amount", "occurred_at"]

const queryOf = (scope: MedusaContainer) => scope.resolve<Graph>(ContainerRegistrationKeys.QUERY)
const campaignsOf = (scope: MedusaContainer) => scope.resolve<CampaignsModuleService>(CAMPAIGNS_MODULE)
const ledgerOf = (scope: MedusaContainer) => scope.resolve<LedgerService>(REVENUE_SPLIT_MODULE)

type ItemRow = { id: string; product_id: string | null; quantity?: unknown; detail?: { quantity?: unknown } | null }
type OrderRow = { id: string; status: string; items?: (ItemRow | null)[] | null }

/** A line's quantity. The order module keeps it on the order's item detail and copies it onto the line only when the
 * detail was read (so both are asked for); it may answer a number or its BigNumber ({ numeric }). */
function quantityOf(item: ItemRow) {
  const q = item.detail?.quantity ?? item.quantity
  return Number(typeof q === "object" && q !== null && "numeric" in q ? (q as { numeric: unknown }).numeric : q) || 0
}

/** The orders' status and line items, by id. */
async function ordersById(scope: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Map<string, OrderRow>()
  const { data } = await queryOf(scope).graph({
    entity: "order",
    fields: ["id", "status", "items.id", "items.product_id", "items.quantity", "items.detail.quantity"],
    filters: { id: [...new Set(ids)] },
  })
  return new Map((data as OrderRow[]).map((o) => [o.id, o]))
}

/** The expo_order rows with their orders, as the pure reports take them. */
async function attributedOrders(scope: MedusaContainer, rows: { order_id: string; expo_id: string; source: "qr" | "booth"; placed_at: Date }[]) {
  const orders = await ordersById(scope, rows.map((r) => r.order_id))
  return rows.map((r): AttributedOrder => {
    const order = orders.get(r.order_id)
    return {
      order_id: r.order_id,
      expo_id: r.expo_id,
      source: r.source,
      placed_at: r.placed_at,
      // an attribution whose order is gone counts like a canceled one: its ledger entries, if any, still count
      canceled: !order || order.status === "canceled",
      items: (order?.items ?? []).flatMap((i) => (i ? [{ id: i.id, product_id: i.product_id, quantity: quantityOf(i) }] : [])),
    }
  })
}

/** The sales and refunds of these orders, whenever they happened. */
async function entriesOfOrders(scope: MedusaContainer, orderIds: string[]) {
  if (!orderIds.length) return []
  return ledgerOf(scope).listLedgerEntries({ order_id: [...new Set(orderIds)], kind: ["sale", "refund"] }, { select: LEDGER_COLUMNS })
}

async function productTitles(scope: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Map<string, string>()
  const { data } = await queryOf(scope).graph({ entity: "product", fields: ["id", "title"], filters: { id: [...new Set(ids)] }, withDeleted: true })
  return new Map((data as { id: string; title: string }[]).map((p) => [p.id, p.title]))
}

/** The expo dashboard of one expo (the caller has checked that she may see it). */
export async function loadExpoReport(scope: MedusaContainer, expo: ExpoRow): Promise<ExpoReport> {
  const rows = await campaignsOf(scope).listExpoOrders({ expo_id: expo.id })
  const orders = await attributedOrders(scope, rows)
  const entries = await entriesOfOrders(scope, orders.map((o) => o.order_id))
  const productIds = [
    ...orders.flatMap((o) => o.items.map((i) => i.product_id)),
    ...entries.map((e) => e.product_id),
  ].filter((id): id is string => !!id)
  return buildExpoReport({
    expo: {
      id: expo.id,
      handle: expo.handle,
      name: expo.name,
      venue: expo.venue,
      city: expo.city,
      starts_at: new Date(expo.starts_at).toISOString(),
      ends_at: new Date(expo.ends_at).toISOString(),
    },
    orders,
    entries,
    titles: await productTitles(scope, productIds),
  })
}

/** The report's period when the caller gives none: from the program's start (else its first expo, else the first
 * entry of its facilities' ledger) to today, in Jakarta. A start still in the future gives a period of one day. */
export async function defaultPeriod(
  scope: MedusaContainer,
  program: { start_date: string | null; facilities: { id: string }[] },
  expos: ExpoRow[],
  now = new Date()
): Promise<{ from: string; to: string }> {
  const to = jakartaDay(now)
  let from = program.start_date ?? (expos[0] ? jakartaDay(expos[0].starts_at) : null)
  if (!from && program.facilities.length) {
    const [first] = await ledgerOf(scope).listLedgerEntries(
      { facility_id: program.facilities.map((f) => f.id) },
      { select: ["occurred_at"], order: { occurred_at: "ASC" }, take: 1 }
    )
    from = first ? jakartaDay(first.occurred_at) : null
  }
  return { from: from && from < to ? from : to, to }
}

/** A program's impact report for a period of Jakarta days (both included). */
export async function loadProgramReport(scope: MedusaContainer, programId: string, period: { from?: string; to?: string }): Promise<ProgramReport> {
  const [program] = await loadPrograms(scope, { id: programId })
  if (!program) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Program with id ${programId} was not found`)
  const expos = await loadExpos(scope, { program_id: programId })
  const fallback = period.from && period.to ? null : await defaultPeriod(scope, program, expos)
  const from = period.from ?? fallback!.from
  const to = period.to ?? fallback!.to
  if (from > to) throw new MedusaError(MedusaError.Types.INVALID_DATA, `from: ${from} is after to (${to})`)
  const start = jakartaDayStart(from)
  const end = jakartaDayStart(to, true)

  const facilityIds = program.facilities.map((f) => f.id)
  const [entries, participants] = facilityIds.length
    ? await Promise.all([
        ledgerOf(scope).listLedgerEntries({ facility_id: facilityIds, occurred_at: { $gte: start, $lt: end } }, { select: LEDGER_COLUMNS }),
        // ids only: the report counts participants, it never reads who they are
        scope.resolve<FacilitiesService>(FACILITIES_MODULE).listParticipants({ facility_id: facilityIds, status: "active" }, { select: ["id", "facility_id"] }),
      ])
    : [[], []]

  const saleOrders = entries.filter((e) => e.kind === "sale" && e.order_id).map((e) => e.order_id!)
  const lineQuantities = new Map<string, number>()
  for (const order of (await ordersById(scope, saleOrders)).values()) {
    for (const item of order.items ?? []) if (item) lineQuantities.set(item.id, quantityOf(item))
  }

  // expo orders placed in the period, with their whole ledger (as the expo dashboard shows them)
  const rows = await campaignsOf(scope).listExpoOrders({ program_id: programId, placed_at: { $gte: start, $lt: end } })
  const attributed = await attributedOrders(scope, rows)
  const expoEntries = await entriesOfOrders(scope, attributed.map((o) => o.order_id))

  return buildProgramReport({
    program: {
      id: program.id,
      handle: program.handle,
      name: program.name,
      sponsor: program.sponsor,
      sdg_targets: program.sdg_targets,
      skills: program.skills,
    },
    period: { from, to },
    facilities: program.facilities.map((f) => ({
      id: f.id,
      name: f.name,
      city: f.city,
      participants_trained: participants.filter((p) => p.facility_id === f.id).length,
    })),
    entries,
    lineQuantities,
    expos: expos.map((x) => ({ handle: x.handle, name: x.name, orders: attributed.filter((o) => o.expo_id === x.id) })),
    expoEntries,
  })
}

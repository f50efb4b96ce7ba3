// The expo dashboard and the program impact report, as pure sums over rows that reports-loader.ts reads: the makers'
// ledger entries (joined by order id for expos, by facility and period for programs), the attributed orders and their
// line items. No database here, so the arithmetic is unit-tested (reports.spec.ts). Amounts are integer rupiah.

/** One makers' ledger entry, with the columns the reports read. */
export type LedgerRow = {
  order_id: string | null
  product_id: string | null
  line_item_id: string | null
  facility_id: string
  account_type: string
  account_id: string
  share: string | null
  kind: string
  amount: number
  occurred_at: Date | string
}

/** An order attributed to an expo (an `expo_order` row) with what the order module says of it. */
export type AttributedOrder = {
  order_id: string
  expo_id: string
  source: "qr" | "booth"
  placed_at: Date | string
  /** canceled orders (e.g. a transfer that never arrived) are not counted as orders nor as items sold */
  canceled: boolean
  items: { id: string; product_id: string | null; quantity: number }[]
}

export type ExpoHeader = { id: string; handle: string; name: string; venue: string; city: string; starts_at: string; ends_at: string }
export type ProgramHeader = {
  id: string
  handle: string
  name: string
  sponsor: { company: string; unit: string }
  sdg_targets: string[]
  skills: string[]
}

export type ExpoReport = {
  expo: ExpoHeader
  totals: { orders: number; items_sold: number; revenue: number; premi: number }
  by_source: Record<"booth" | "qr", { orders: number; revenue: number }>
  by_day: { date: string; orders: number; revenue: number; premi: number }[]
  top_products: { product_id: string; title: string; quantity: number; revenue: number }[]
}

export type FacilityFigures = {
  participants_trained: number
  participants_earning: number
  premi_credited: number
  premi_paid_out: number
  products_sold: number
  revenue: number
}

export type ProgramReport = {
  program: ProgramHeader
  period: { from: string; to: string }
  facilities: ({ id: string; name: string; city: string } & FacilityFigures)[]
  totals: FacilityFigures
  expos: { handle: string; name: string; orders: number; revenue: number; premi: number }[]
  by_month: { month: string; revenue: number; premi: number }[]
}

const JAKARTA_OFFSET_MS = 7 * 3600 * 1000
const DAY_MS = 24 * 3600 * 1000

/** The calendar day (YYYY-MM-DD) of an instant in Jakarta (UTC+7, no daylight saving). */
export const jakartaDay = (at: Date | string) => new Date(new Date(at).getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10)

/** The month (YYYY-MM) of an instant in Jakarta. */
export const jakartaMonth = (at: Date | string) => jakartaDay(at).slice(0, 7)

/** The instant a Jakarta day starts; `end` gives the start of the next day (an exclusive upper bound). */
export function jakartaDayStart(day: string, end = false): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + (end ? 1 : 0)) - JAKARTA_OFFSET_MS)
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = []
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10))
  return days
}

/** Every month from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  let [y, m] = from.split("-").map(Number) as [number, number]
  const [ty, tm] = to.split("-").map(Number) as [number, number]
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`)
    if (++m > 12) {
      m = 1
      y++
    }
  }
  return months
}

/** Sales and refunds: what the ledger split of the goods (refunds are negative entries). Payouts and adjustments are
 * movements within the makers' accounts, not revenue. */
const isSplit = (e: LedgerRow) => e.kind === "sale" || e.kind === "refund"
/** The premi share, on the makers' own accounts and the facility's unassigned premi account alike. */
const isPremi = (e: LedgerRow) => isSplit(e) && e.share === "premi"

type OrderMoney = { revenue: number; premi: number }

/** Revenue and premi of each order, from its ledger entries. */
function moneyByOrder(entries: LedgerRow[]): Map<string, OrderMoney> {
  const byOrder = new Map<string, OrderMoney>()
  for (const e of entries) {
    if (!e.order_id || !isSplit(e)) continue
    const money = byOrder.get(e.order_id) ?? { revenue: 0, premi: 0 }
    money.revenue += e.amount
    if (isPremi(e)) money.premi += e.amount
    byOrder.set(e.order_id, money)
  }
  return byOrder
}

/** An expo's orders, revenue and premi: the program report's line for an expo, and the expo dashboard's totals.
 * `entries` may hold other orders' entries too: only these orders' count. */
export function expoTotals(orders: AttributedOrder[], entries: LedgerRow[]) {
  const money = moneyByOrder(entries)
  let revenue = 0
  let premi = 0
  for (const o of orders) {
    revenue += money.get(o.order_id)?.revenue ?? 0
    premi += money.get(o.order_id)?.premi ?? 0
  }
  return { orders: orders.filter((o) => !o.canceled).length, revenue, premi }
}

/**
 * The expo dashboard. Orders are the expo's attributed orders that are not canceled (an order still awaiting its
 * transfer counts, with 0 rupiah until it is paid); revenue and premi are the sums of the ledger entries of all its
 * attributed orders (sales plus refunds). A day is the Jakarta day the order was placed, and its money goes to that
 * day, so the days sum to the totals. Every day of the expo is listed, with the other days that had orders.
 */
export function buildExpoReport(input: {
  expo: ExpoHeader
  orders: AttributedOrder[]
  entries: LedgerRow[]
  titles: Map<string, string>
}): ExpoReport {
  const { expo, orders, entries, titles } = input
  const ids = new Set(orders.map((o) => o.order_id))
  const own = entries.filter((e) => e.order_id && ids.has(e.order_id))
  const money = moneyByOrder(own)

  const by_source = { booth: { orders: 0, revenue: 0 }, qr: { orders: 0, revenue: 0 } }
  const days = new Map<string, { date: string; orders: number; revenue: number; premi: number }>()
  for (const day of daysBetween(jakartaDay(expo.starts_at), jakartaDay(expo.ends_at))) days.set(day, { date: day, orders: 0, revenue: 0, premi: 0 })
  let itemsSold = 0
  const quantities = new Map<string, number>()
  for (const o of orders) {
    const m = money.get(o.order_id) ?? { revenue: 0, premi: 0 }
    const date = jakartaDay(o.placed_at)
    const day = days.get(date) ?? { date, orders: 0, revenue: 0, premi: 0 }
    day.revenue += m.revenue
    day.premi += m.premi
    by_source[o.source].revenue += m.revenue
    if (!o.canceled) {
      day.orders++
      by_source[o.source].orders++
      for (const item of o.items) {
        itemsSold += item.quantity
        if (item.product_id) quantities.set(item.product_id, (quantities.get(item.product_id) ?? 0) + item.quantity)
      }
    }
    days.set(date, day)
  }

  const productRevenue = new Map<string, number>()
  for (const e of own) if (e.product_id && isSplit(e)) productRevenue.set(e.product_id, (productRevenue.get(e.product_id) ?? 0) + e.amount)
  const top_products = [...new Set([...quantities.keys(), ...productRevenue.keys()])]
    .map((product_id) => ({
      product_id,
      title: titles.get(product_id) ?? product_id,
      quantity: quantities.get(product_id) ?? 0,
      revenue: productRevenue.get(product_id) ?? 0,
    }))
    .sort((a, b) => b.revenue - a.revenue || b.quantity - a.quantity || a.title.localeCompare(b.title, "id") || a.product_id.localeCompare(b.product_id))
    .slice(0, 10)

  const totals = expoTotals(orders, own)
  return {
    expo,
    totals: { orders: totals.orders, items_sold: itemsSold, revenue: totals.revenue, premi: totals.premi },
    by_source,
    by_day: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
    top_products,
  }
}

const noFigures = (): FacilityFigures => ({
  participants_trained: 0,
  participants_earning: 0,
  premi_credited: 0,
  premi_paid_out: 0,
  products_sold: 0,
  revenue: 0,
})

/**
 * The program impact report. Each facility's figures are its whole ledger in the period (whichever channel or
 * program sold the goods): revenue and premi credited are sales plus refunds; participants earning are the distinct
 * participants credited premi by a sale; premi paid out is the payouts, as a positive number; products sold is the
 * quantity of the order lines whose sale the facility's ledger recorded in the period. `entries` are the facilities'
 * entries in the period; `lineQuantities` the quantity of each order line they name. Expos carry their attributed
 * figures (`expoTotals`); months sum the facilities' figures, so they add up to the totals.
 */
export function buildProgramReport(input: {
  program: ProgramHeader
  period: { from: string; to: string }
  facilities: { id: string; name: string; city: string; participants_trained: number }[]
  entries: LedgerRow[]
  lineQuantities: Map<string, number>
  expos: { handle: string; name: string; orders: AttributedOrder[] }[]
  expoEntries: LedgerRow[]
}): ProgramReport {
  const { program, period, entries, lineQuantities } = input
  const facilities = input.facilities.map((f) => {
    const own = entries.filter((e) => e.facility_id === f.id)
    const earning = new Set(own.filter((e) => e.kind === "sale" && e.share === "premi" && e.account_type === "participant").map((e) => e.account_id))
    const soldLines = new Set(own.filter((e) => e.kind === "sale" && e.line_item_id).map((e) => e.line_item_id!))
    const sum = (keep: (e: LedgerRow) => boolean) => own.filter(keep).reduce((s, e) => s + e.amount, 0)
    return {
      id: f.id,
      name: f.name,
      city: f.city,
      participants_trained: f.participants_trained,
      participants_earning: earning.size,
      premi_credited: sum(isPremi),
      premi_paid_out: 0 - sum((e) => e.kind === "payout"),
      products_sold: [...soldLines].reduce((s, line) => s + (lineQuantities.get(line) ?? 0), 0),
      revenue: sum(isSplit),
    }
  })
  const totals = noFigures()
  for (const f of facilities) for (const key of Object.keys(totals) as (keyof FacilityFigures)[]) totals[key] += f[key]

  const months = new Map(monthsBetween(period.from, period.to).map((month) => [month, { month, revenue: 0, premi: 0 }]))
  const counted = new Set(facilities.map((f) => f.id))
  for (const e of entries) {
    if (!counted.has(e.facility_id) || !isSplit(e)) continue
    const row = months.get(jakartaMonth(e.occurred_at))
    if (!row) continue
    row.revenue += e.amount
    if (isPremi(e)) row.premi += e.amount
  }

  return {
    program,
    period,
    facilities,
    totals,
    expos: input.expos.map((x) => ({ handle: x.handle, name: x.name, ...expoTotals(x.orders, input.expoEntries) })),
    by_month: [...months.values()],
  }
}

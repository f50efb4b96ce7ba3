import {
  buildExpoReport,
  buildProgramReport,
  daysBetween,
  expoTotals,
  jakartaDay,
  jakartaDayStart,
  monthsBetween,
  type AttributedOrder,
  type LedgerRow,
} from "./reports"
import { monthLabel, niceMax, programReportCsv, reportFileName } from "./report-documents"

const EXPO = {
  id: "expo_1",
  handle: "smexpo-2026",
  name: "SMEXPO 2026",
  venue: "PSCC",
  city: "Palembang",
  starts_at: "2026-12-04T02:00:00.000Z", // 09:00 in Jakarta
  ends_at: "2026-12-06T14:00:00.000Z", // 21:00 in Jakarta
}
const PROGRAM = { id: "prog_1", handle: "srikandi-mandiri", name: "Srikandi Mandiri", sponsor: { company: "Pertamina", unit: "IT Palembang" }, sdg_targets: ["1.4"], skills: ["tenun songket"] }

let seq = 0
/** One line's split as the ledger writes it: premi to a participant and the facility's other shares. */
function split(order: string, product: string, line: string, premi: number, rest: number, over: Partial<LedgerRow> = {}): LedgerRow[] {
  const base = { order_id: order, product_id: product, line_item_id: line, facility_id: "fac_plg", kind: "sale", occurred_at: "2026-12-04T05:00:00Z", ...over }
  return [
    { ...base, account_type: "participant", account_id: over.account_id ?? `ptc_${++seq}`, share: "premi", amount: premi },
    { ...base, account_type: "facility_capital", account_id: "fac_plg", share: "capital", amount: rest },
  ]
}
const order = (id: string, over: Partial<AttributedOrder> = {}): AttributedOrder => ({
  order_id: id,
  expo_id: "expo_1",
  source: "booth",
  placed_at: "2026-12-04T04:00:00Z",
  canceled: false,
  items: [],
  ...over,
})

describe("Jakarta days and months", () => {
  it("puts an instant on its Jakarta calendar day, also across midnight UTC+7", () => {
    expect(jakartaDay("2026-12-04T16:59:59Z")).toBe("2026-12-04")
    expect(jakartaDay("2026-12-04T17:00:00Z")).toBe("2026-12-05")
    expect(jakartaDayStart("2026-12-05").toISOString()).toBe("2026-12-04T17:00:00.000Z")
    expect(jakartaDayStart("2026-12-31", true).toISOString()).toBe("2026-12-31T17:00:00.000Z")
  })

  it("lists every day and month of a period, both ends included", () => {
    expect(daysBetween("2026-02-27", "2026-03-01")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"])
    expect(monthsBetween("2025-11-30", "2026-02-01")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"])
    expect(monthsBetween("2026-05-10", "2026-05-11")).toEqual(["2026-05"])
    expect(monthLabel("2026-08")).toBe("Agu 2026")
  })
})

describe("the expo dashboard", () => {
  const orders = [
    order("o1", { items: [{ id: "l1", product_id: "p_songket", quantity: 1 }, { id: "l2", product_id: "p_tempe", quantity: 3 }] }),
    order("o2", { source: "qr", placed_at: "2026-12-05T18:30:00Z", items: [{ id: "l3", product_id: "p_tempe", quantity: 2 }] }), // 6 Dec in Jakarta
    // awaiting its transfer: counted, no money yet
    order("o3", { source: "qr", placed_at: "2026-12-05T03:00:00Z", items: [{ id: "l4", product_id: "p_bolu", quantity: 1 }] }),
    // a transfer that never came: the order was canceled
    order("o4", { placed_at: "2026-12-05T03:00:00Z", canceled: true, items: [{ id: "l5", product_id: "p_bolu", quantity: 5 }] }),
  ]
  const entries: LedgerRow[] = [
    ...split("o1", "p_songket", "l1", 600_000, 600_000),
    ...split("o1", "p_tempe", "l2", 37_500, 37_500),
    ...split("o2", "p_tempe", "l3", 25_000, 25_000, { occurred_at: "2026-12-07T02:00:00Z" }),
    // part of o2 refunded later: negative entries
    { order_id: "o2", product_id: "p_tempe", line_item_id: "l3", facility_id: "fac_plg", account_type: "participant", account_id: "ptc_x", share: "premi", kind: "refund", amount: -5_000, occurred_at: "2026-12-20T02:00:00Z" },
    { order_id: "o2", product_id: "p_tempe", line_item_id: "l3", facility_id: "fac_plg", account_type: "facility_capital", account_id: "fac_plg", share: "capital", kind: "refund", amount: -5_000, occurred_at: "2026-12-20T02:00:00Z" },
    // an order of another expo, in the same batch of entries: not ours
    ...split("o9", "p_songket", "l9", 1, 1),
  ]
  const titles = new Map([["p_songket", "Songket Lepus"], ["p_tempe", "Keripik Tempe"], ["p_bolu", "Bolu Kojo"]])
  const report = buildExpoReport({ expo: EXPO, orders, entries, titles })

  it("counts orders that are not canceled and sums their ledger entries, refunds included", () => {
    expect(report.totals).toEqual({ orders: 3, items_sold: 7, revenue: 1_200_000 + 75_000 + 50_000 - 10_000, premi: 600_000 + 37_500 + 25_000 - 5_000 })
    expect(report.by_source).toEqual({ booth: { orders: 1, revenue: 1_275_000 }, qr: { orders: 2, revenue: 40_000 } })
  })

  it("lists every day of the expo in Jakarta time, money on the day the order was placed, summing to the totals", () => {
    expect(report.by_day).toEqual([
      { date: "2026-12-04", orders: 1, revenue: 1_275_000, premi: 637_500 },
      { date: "2026-12-05", orders: 1, revenue: 0, premi: 0 },
      { date: "2026-12-06", orders: 1, revenue: 40_000, premi: 20_000 },
    ])
    const sum = (k: "orders" | "revenue" | "premi") => report.by_day.reduce((s, d) => s + d[k], 0)
    expect([sum("orders"), sum("revenue"), sum("premi")]).toEqual([report.totals.orders, report.totals.revenue, report.totals.premi])
  })

  it("ranks products by revenue, then quantity, with their titles; a canceled order's items are not sold", () => {
    expect(report.top_products).toEqual([
      { product_id: "p_songket", title: "Songket Lepus", quantity: 1, revenue: 1_200_000 },
      { product_id: "p_tempe", title: "Keripik Tempe", quantity: 5, revenue: 115_000 },
      { product_id: "p_bolu", title: "Bolu Kojo", quantity: 1, revenue: 0 },
    ])
  })

  it("keeps ten products at most", () => {
    const many = Array.from({ length: 12 }, (_, i) => order(`m${i}`, { items: [{ id: `ml${i}`, product_id: `p${i}`, quantity: 1 }] }))
    const money = many.flatMap((o, i) => split(o.order_id, `p${i}`, `ml${i}`, (i + 1) * 1000, (i + 1) * 1000))
    const top = buildExpoReport({ expo: EXPO, orders: many, entries: money, titles: new Map() }).top_products
    expect(top).toHaveLength(10)
    expect(top[0]).toMatchObject({ product_id: "p11", title: "p11", revenue: 24_000 })
    expect(top.map((p) => p.product_id)).not.toContain("p0")
  })

  it("is all zeros for an expo without orders, with its days listed", () => {
    const empty = buildExpoReport({ expo: EXPO, orders: [], entries, titles })
    expect(empty.totals).toEqual({ orders: 0, items_sold: 0, revenue: 0, premi: 0 })
    expect(empty.by_day.map((d) => d.date)).toEqual(["2026-12-04", "2026-12-05", "2026-12-06"])
    expect(empty.top_products).toEqual([])
  })
})

describe("the program impact report", () => {
  const inPeriod = "2026-11-10T03:00:00Z"
  const entries: LedgerRow[] = [
    // Palembang: two sales with premi for two participants, one of them twice; a payout; a refund; an adjustment
    ...split("o1", "p_songket", "l1", 500_000, 500_000, { occurred_at: "2026-10-31T16:59:00Z", account_id: "ptc_a" }), // 31 Oct Jakarta
    ...split("o2", "p_tempe", "l2", 30_000, 30_000, { occurred_at: inPeriod, account_id: "ptc_b" }),
    ...split("o3", "p_tempe", "l3", 20_000, 20_000, { occurred_at: inPeriod, account_id: "ptc_a" }),
    { order_id: "o2", product_id: "p_tempe", line_item_id: "l2", facility_id: "fac_plg", account_type: "participant", account_id: "ptc_b", share: "premi", kind: "refund", amount: -6_000, occurred_at: inPeriod },
    { order_id: null, product_id: null, line_item_id: null, facility_id: "fac_plg", account_type: "participant", account_id: "ptc_a", share: null, kind: "payout", amount: -150_000, occurred_at: inPeriod },
    { order_id: null, product_id: null, line_item_id: null, facility_id: "fac_plg", account_type: "participant", account_id: "ptc_a", share: null, kind: "adjustment", amount: 999, occurred_at: inPeriod },
    // the facility's own premi account (a product without makers): premi, but no participant earning
    { order_id: "o3", product_id: "p_bolu", line_item_id: "l4", facility_id: "fac_plg", account_type: "facility_premi", account_id: "fac_plg", share: "premi", kind: "sale", amount: 10_000, occurred_at: inPeriod },
    // Jambi: one sale
    ...split("o4", "p_batik", "l5", 100_000, 100_000, { facility_id: "fac_jmb", occurred_at: inPeriod, account_id: "ptc_c" }),
    // a facility outside the program
    ...split("o5", "p_x", "l6", 7, 7, { facility_id: "fac_other", occurred_at: inPeriod }),
  ]
  const lineQuantities = new Map([["l1", 1], ["l2", 4], ["l3", 2], ["l4", 3], ["l5", 1], ["l6", 9]])
  const report = buildProgramReport({
    program: PROGRAM,
    period: { from: "2026-10-01", to: "2026-11-23" },
    facilities: [
      { id: "fac_plg", name: "LPP Palembang", city: "Palembang", participants_trained: 12 },
      { id: "fac_jmb", name: "Lapas Perempuan Jambi", city: "Jambi", participants_trained: 20 },
    ],
    entries,
    lineQuantities,
    expos: [
      { handle: "smexpo-2026", name: "SMEXPO 2026", orders: [order("o2"), order("o3", { source: "qr" }), order("o8", { canceled: true })] },
      { handle: "bazar", name: "Bazar", orders: [] },
    ],
    expoEntries: entries.filter((e) => e.order_id === "o2" || e.order_id === "o3"),
  })

  it("gives each facility its ledger's figures: revenue and premi net of refunds, payouts positive, distinct earners", () => {
    expect(report.facilities[0]).toEqual({
      id: "fac_plg",
      name: "LPP Palembang",
      city: "Palembang",
      participants_trained: 12,
      participants_earning: 2,
      premi_credited: 500_000 + 30_000 + 20_000 - 6_000 + 10_000,
      premi_paid_out: 150_000,
      products_sold: 1 + 4 + 2 + 3,
      revenue: 1_000_000 + 60_000 + 40_000 - 6_000 + 10_000,
    })
    expect(report.facilities[1]).toMatchObject({ participants_earning: 1, premi_credited: 100_000, revenue: 200_000, products_sold: 1, premi_paid_out: 0 })
  })

  it("sums the facilities into the totals, and the months into the same revenue and premi", () => {
    expect(report.totals).toEqual({
      participants_trained: 32,
      participants_earning: 3,
      premi_credited: 554_000 + 100_000,
      premi_paid_out: 150_000,
      products_sold: 11,
      revenue: 1_104_000 + 200_000,
    })
    expect(report.by_month).toEqual([
      { month: "2026-10", revenue: 1_000_000, premi: 500_000 },
      { month: "2026-11", revenue: 304_000, premi: 154_000 },
    ])
  })

  it("carries each expo's attributed figures, a canceled order not counted", () => {
    expect(report.expos).toEqual([
      { handle: "smexpo-2026", name: "SMEXPO 2026", orders: 2, revenue: 54_000 + 40_000 + 10_000, premi: 24_000 + 20_000 + 10_000 },
      { handle: "bazar", name: "Bazar", orders: 0, revenue: 0, premi: 0 },
    ])
    expect(expoTotals([], entries)).toEqual({ orders: 0, revenue: 0, premi: 0 })
  })

  it("writes a CSV with a table per section and integer amounts, named after the program and period", () => {
    const csv = programReportCsv(report)
    const lines = csv.replace(/^\ufeff/, "").trim().split("\r\n")
    expect(lines).toContain("LPP Palembang,Palembang,12,2,554000,150000,10,1104000")
    expect(lines).toContain("Total,,32,3,654000,150000,11,1304000")
    expect(lines).toContain("smexpo-2026,SMEXPO 2026,2,104000,54000")
    expect(lines).toContain("2026-10,1000000,500000")
    expect(csv).not.toMatch(/Rp \d|\d\.\d{3}/)
    expect(reportFileName(report, "pdf")).toBe("laporan-srikandi-mandiri-2026-10-01-2026-11-23.pdf")
  })
})

describe("the PDF's chart axis", () => {
  it("tops out at a round sum at or above the largest bar", () => {
    expect(niceMax(0)).toBe(0)
    expect(niceMax(2_542_025)).toBe(3_000_000)
    expect(niceMax(1_850_000)).toBe(2_000_000)
    expect(niceMax(100_000)).toBe(100_000)
    expect(niceMax(100_001)).toBe(150_000)
    expect(niceMax(7)).toBe(8)
    expect(niceMax(9)).toBe(10)
  })
})

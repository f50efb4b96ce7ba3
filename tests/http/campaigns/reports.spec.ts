// Expo dashboard and program impact report on a real PostgreSQL, from the seeded store with its demo sales (three of
// them came through SMEXPO 2026's QR tags, one of those partly refunded). Every rupiah figure is checked against the
// makers' ledger read independently through /admin/revenue/entries; the CSV and the PDF say what the JSON says and
// never name a participant; CSR staff of another program get 404, everybody who is not CSR staff 401; bad periods and
// formats are 400s naming the field. Every test starts from the seeded store (test-utils restores it).
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  DEMO_CSR,
  DEMO_OPERATOR,
  DEMO_SALE_METADATA_KEY,
  DEMO_STAFF_PASSWORD,
  demoPayout,
  facilities,
  participants,
  products,
  sales,
  staff,
  type SeedResult,
} from "@karya/seed"
import { backendDir, expectError, seedStore, storeHeaders } from "../../helpers/medusa"
import { pdfText } from "../../helpers/pdf-text"

type Bearer = { headers: { authorization: string } }
type Entry = {
  kind: string
  account_type: string
  account_id: string
  share: string | null
  amount: number
  order_id: string | null
  product_id: string | null
  line_item_id: string | null
  facility_id: string
}
type Figures = {
  participants_trained: number
  participants_earning: number
  premi_credited: number
  premi_paid_out: number
  products_sold: number
  revenue: number
}
type ExpoReport = {
  expo: { id: string; handle: string; name: string; starts_at: string; ends_at: string }
  totals: { orders: number; items_sold: number; revenue: number; premi: number }
  by_source: Record<"qr" | "booth", { orders: number; revenue: number }>
  by_day: { date: string; orders: number; revenue: number; premi: number }[]
  top_products: { product_id: string; title: string; quantity: number; revenue: number }[]
}
type ProgramReport = {
  program: { id: string; handle: string; name: string; sponsor: { company: string; unit: string }; sdg_targets: string[]; skills: string[] }
  period: { from: string; to: string }
  facilities: ({ id: string; name: string; city: string } & Figures)[]
  totals: Figures
  expos: { handle: string; name: string; orders: number; revenue: number; premi: number }[]
  by_month: { month: string; revenue: number; premi: number }[]
}

const PATRA_CSR = { email: "csr.patra@example.com", password: "patra-rahasia-123", name: "Tim CSR PATRA" }
const EXPO_SALES = sales.filter((s) => s.expo === "smexpo-2026")
const managerEmail = (facility: string) => staff.find((s) => s.facility === facility && s.role === "manager")!.email
const facilityOf = (handle: string) => products.find((p) => p.handle === handle)!.facility
const sum = (xs: { amount: number }[]) => xs.reduce((s, e) => s + e.amount, 0)
const isSplit = (e: Entry) => e.kind === "sale" || e.kind === "refund"
const rupiah = (n: number) => `Rp ${n.toLocaleString("id-ID")}`
/** Today in Jakarta (UTC+7): the report's default end. */
const jakartaToday = () => new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10)

/** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ""
  let quoted = false
  const body = text.replace(/^\ufeff/, "")
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ",") {
      row.push(cell)
      cell = ""
    } else if (c === "\r" && body[i + 1] === "\n") {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ""
      i++
    } else cell += c
  }
  return rows
}

/** The CSV's section that starts with the header row whose first cell is `first`, up to the next blank row. */
function section(rows: string[][], first: string) {
  const start = rows.findIndex((r) => r[0] === first && r.length > 2)
  expect(start, `CSV section ${first}`).toBeGreaterThanOrEqual(0)
  const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === "")
  return rows.slice(start + 1, end === -1 ? undefined : end)
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    const auth: Record<string, Bearer> = {}
    const ids: Record<string, string> = {}

    const token = async (actor: string, address: string, password: string): Promise<Bearer> => ({
      headers: { authorization: `Bearer ${(await api.post(`/auth/${actor}/emailpass`, { email: address, password })).data.token}` },
    })

    /** Every ledger entry that matches, read page by page from the operators' ledger explorer. */
    async function ledger(query: string): Promise<Entry[]> {
      const entries: Entry[] = []
      for (let offset = 0; ; offset += 200) {
        const { data } = await api.get(`/admin/revenue/entries?limit=200&offset=${offset}&${query}`, auth.operator)
        entries.push(...data.entries)
        if (entries.length >= data.count) return entries
      }
    }

    type OrderItems = { id: string; status: string; items: { product_id: string; quantity: number }[] }
    const orderFields = ["id", "status", "metadata", "items.product_id", "items.quantity", "items.detail.quantity"]
    /** The expo's orders found without the attribution table: the demo sales that came through its QR tags (by their
     * demo keys), and the orders placed in its own sales channel (its booth; the demo seeds some). */
    async function expoOrders(): Promise<{ qr: OrderItems[]; booth: OrderItems[] }> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: orderFields, filters: { email: EXPO_SALES.map((s) => s.buyer.email) } })
      const keys = new Set(EXPO_SALES.map((s) => s.key))
      const qr = (data as (OrderItems & { metadata: Record<string, unknown> | null })[]).filter((o) => keys.has(String(o.metadata?.[DEMO_SALE_METADATA_KEY])))
      expect(qr).toHaveLength(EXPO_SALES.length)
      const { data: expos } = await api.get("/admin/campaigns/expos", auth.operator)
      const channel = (expos.expos as { handle: string; sales_channel_id: string }[]).find((e) => e.handle === "smexpo-2026")!.sales_channel_id
      const { data: booth } = await query.graph({ entity: "order", fields: orderFields, filters: { sales_channel_id: channel } })
      return { qr, booth: (booth as OrderItems[]).filter((o) => o.status !== "canceled") }
    }

    const expoReport = async (who = auth.srikandi!) => (await api.get(`/portal/csr/expos/${ids["smexpo-2026"]}/report`, who)).data.report as ExpoReport
    const programReport = async (query = "", who = auth.srikandi!) =>
      (await api.get(`/portal/csr/programs/${ids["srikandi-mandiri"]}/report${query}`, who)).data.report as ProgramReport

    /** What a facility's ledger says for a period, computed here from its entries. */
    async function facilityLedger(facilityId: string, from: string, to: string) {
      const entries = await ledger(`facility_id=${facilityId}&from=${from}&to=${to}`)
      const split = entries.filter(isSplit)
      return {
        entries,
        revenue: sum(split),
        premi_credited: sum(split.filter((e) => e.share === "premi")),
        premi_paid_out: 0 - sum(entries.filter((e) => e.kind === "payout")),
        participants_earning: new Set(entries.filter((e) => e.kind === "sale" && e.share === "premi" && e.account_type === "participant").map((e) => e.account_id)).size,
      }
    }

    beforeAll(async () => {
      seed = await seedStore(getContainer(), { sales: true })
    })

    beforeEach(async () => {
      auth.operator = await token("user", DEMO_OPERATOR.email, DEMO_OPERATOR.password)
      const { data } = await api.get("/admin/campaigns/programs", auth.operator)
      for (const p of data.programs as { id: string; handle: string }[]) ids[p.handle] = p.id
      const { data: expos } = await api.get("/admin/campaigns/expos", auth.operator)
      for (const e of expos.expos as { id: string; handle: string }[]) ids[e.handle] = e.id
      const { data: facs } = await api.get("/admin/facilities", auth.operator)
      for (const f of facs.facilities as { id: string; handle: string }[]) ids[f.handle] = f.id
      await api.post("/admin/campaigns/csr-staff", { ...PATRA_CSR, program_ids: [ids["patra-academy"]] }, auth.operator)
      auth.srikandi = await token("csr_staff", DEMO_CSR.email, DEMO_CSR.password)
      auth.patra = await token("csr_staff", PATRA_CSR.email, PATRA_CSR.password)
      auth.facility = await token("facility_staff", managerEmail("lpp-palembang"), DEMO_STAFF_PASSWORD)
      auth.customer = {
        headers: {
          authorization: `Bearer ${(await api.post("/auth/customer/emailpass/register", { email: "pembeli.expo@example.com", password: "rahasia-123" })).data.token}`,
        },
      }
    })

    it("shows the expo's orders, revenue and premi as the ledger entries of its attributed orders, by day, source and product", async () => {
      const report = await expoReport()
      expect(report.expo).toMatchObject({ handle: "smexpo-2026", name: "SMEXPO 2026", starts_at: "2026-12-04T02:00:00.000Z" })

      const { qr, booth } = await expoOrders()
      const entriesOf = async (orders: { id: string }[]) => (await Promise.all(orders.map((o) => ledger(`order_id=${o.id}`)))).flat().filter(isSplit)
      const qrSplit = await entriesOf(qr)
      const boothSplit = await entriesOf(booth)
      const split = [...qrSplit, ...boothSplit]
      expect(qrSplit.some((e) => e.kind === "refund")).toBe(true) // the partly refunded sale is among them
      const revenue = sum(split)
      const premi = sum(split.filter((e) => e.share === "premi"))
      expect(sum(qrSplit)).toBeGreaterThan(0)
      // what the QR buyers ordered, from the demo data; the booth's, from its orders
      const boothItems = booth.flatMap((o) => o.items)
      const itemsSold = EXPO_SALES.flatMap((s) => s.items).reduce((n, i) => n + i.quantity, 0) + boothItems.reduce((n, i) => n + Number(i.quantity), 0)
      expect(report.totals).toEqual({ orders: qr.length + booth.length, items_sold: itemsSold, revenue, premi })
      expect(report.by_source).toEqual({ qr: { orders: qr.length, revenue: sum(qrSplit) }, booth: { orders: booth.length, revenue: sum(boothSplit) } })

      // the expo's three days are listed (Jakarta dates), the demo orders fall on the day they were placed
      const days = report.by_day.map((d) => d.date)
      expect(days).toEqual(expect.arrayContaining(["2026-12-04", "2026-12-05", "2026-12-06", jakartaToday()]))
      expect([...days].sort()).toEqual(days)
      const total = (k: "orders" | "revenue" | "premi") => report.by_day.reduce((s, d) => s + d[k], 0)
      expect({ orders: total("orders"), revenue: total("revenue"), premi: total("premi") }).toEqual({ orders: report.totals.orders, revenue, premi })

      // top products: each product's revenue is its own entries; quantities as the buyers ordered; by revenue
      const sold = new Map<string, number>()
      for (const item of [...qr, ...booth].flatMap((o) => o.items)) sold.set(item.product_id, (sold.get(item.product_id) ?? 0) + Number(item.quantity))
      const { data: graph } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id", "handle", "title"], filters: { id: [...sold.keys()] } })
      const titles = new Map((graph as { id: string; title: string }[]).map((p) => [p.id, p.title]))
      const expected = [...sold]
        .map(([id, quantity]) => ({ product_id: id, title: titles.get(id)!, quantity, revenue: sum(split.filter((e) => e.product_id === id)) }))
        .sort((a, b) => b.revenue - a.revenue || b.quantity - a.quantity || a.title.localeCompare(b.title, "id"))
        .slice(0, 10)
      expect(report.top_products).toEqual(expected)
      // a QR buyer's songket (not sold at the booth): one, as the demo data ordered it, with its own sale's money
      const tretes = (graph as { id: string; handle: string }[]).find((p) => p.handle === "songket-tretes-mender-ungu")!.id
      expect(report.top_products.find((p) => p.product_id === tretes)).toMatchObject({ quantity: 1, revenue: sum(qrSplit.filter((e) => e.product_id === tretes)) })
      expect(sum(qrSplit.filter((e) => e.product_id === tretes))).toBeGreaterThan(0)

      // seeding again attributes nothing twice
      await seedStore(getContainer(), { sales: true })
      expect(await expoReport()).toEqual(report)

      // operators see the same dashboard; nothing in it names a maker
      expect((await api.get(`/admin/campaigns/expos/${ids["smexpo-2026"]}/report`, auth.operator)).data.report).toEqual(report)
      const body = JSON.stringify(report)
      for (const p of participants) {
        for (const secret of [p.legal_name, p.registration_number, p.display_name]) expect(body).not.toContain(secret)
      }
    })

    it("counts a QR order awaiting its transfer with 0 rupiah, and adds exactly its ledger entries once it is paid", async () => {
      const before = await expoReport()
      const headers = storeHeaders(seed.publishableKey)
      // a buyer who scanned a tag: the storefront put the expo's handle on the cart
      const { data: cart } = await api.post("/store/carts", { region_id: seed.regionId, email: "pemindai.qr@example.com", metadata: { karya_expo: "smexpo-2026" } }, headers)
      const { data: listed } = await api.get("/store/products?handle=roti-manis-srikandi&fields=id,variants.id,variants.sku", headers)
      const roti = listed.products[0] as { id: string; variants: { id: string; sku: string }[] }
      const variant = roti.variants.find((v) => v.sku === "KL-PLG-KR-ROTI-CKL")!
      await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: variant.id, quantity: 4 }, headers)
      await api.post(`/store/carts/${cart.cart.id}`, {
        shipping_address: { first_name: "Putri", last_name: "Pemindai", address_1: "Jl. Merdeka 1", city: "Palembang", province: "Sumatera Selatan", postal_code: "30111", country_code: "id", phone: "081200002222" },
      }, headers)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart.cart.id}`, headers)
      await api.post(`/store/carts/${cart.cart.id}/shipping-methods`, { option_id: options.shipping_options[0].id }, headers)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cart.cart.id }, headers)
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_bank-transfer_bank-transfer" }, headers)
      const { data: completed } = await api.post(`/store/carts/${cart.cart.id}/complete`, {}, headers)
      expect(completed.type).toBe("order")
      const orderId = completed.order.id as string

      // attribution runs on order.placed: wait for it
      let awaiting = before
      for (let i = 0; i < 100 && awaiting.totals.orders === before.totals.orders; i++) {
        await new Promise((r) => setTimeout(r, 100))
        awaiting = await expoReport()
      }
      expect(awaiting.totals).toEqual({ ...before.totals, orders: before.totals.orders + 1, items_sold: before.totals.items_sold + 4 })
      expect(awaiting.by_source.qr).toEqual({ orders: before.by_source.qr.orders + 1, revenue: before.by_source.qr.revenue })
      // the booth may have sold some roti too: the line grows by this order's four, with no money yet
      const rotiIn = (r: ExpoReport) => r.top_products.find((p) => p.product_id === roti.id) ?? { quantity: 0, revenue: 0 }
      expect(rotiIn(awaiting)).toMatchObject({ quantity: rotiIn(before).quantity + 4, revenue: rotiIn(before).revenue })

      // the operator confirms the transfer: the split lands in the ledger, and the dashboard adds exactly that
      const { data: transfer } = await api.get(`/admin/transfers/${orderId}`, auth.operator)
      await api.post(`/admin/transfers/${orderId}/confirm`, { amount_received: transfer.transfer.amount_due }, auth.operator)
      let entries: Entry[] = []
      for (let i = 0; i < 100 && !entries.some((e) => e.kind === "sale"); i++) {
        await new Promise((r) => setTimeout(r, 100))
        entries = await ledger(`order_id=${orderId}`)
      }
      expect(sum(entries)).toBe(4 * 30_000) // the goods' base, without shipping
      const paid = await expoReport()
      expect(paid.totals).toEqual({
        orders: awaiting.totals.orders,
        items_sold: awaiting.totals.items_sold,
        revenue: before.totals.revenue + sum(entries),
        premi: before.totals.premi + sum(entries.filter((e) => e.share === "premi")),
      })
      expect(rotiIn(paid)).toMatchObject({ quantity: rotiIn(before).quantity + 4, revenue: rotiIn(before).revenue + 120_000 })
    })

    it("reports the program's facilities as their ledger says for the period, with totals, months and the expo", async () => {
      const report = await programReport()
      expect(report.program).toMatchObject({
        handle: "srikandi-mandiri",
        name: "Srikandi Mandiri",
        sponsor: { company: "Pertamina Patra Niaga Regional Sumbagsel", unit: "Integrated Terminal Palembang" },
        skills: ["olahan tempe", "hidroponik", "roti dan kue", "tenun songket"],
      })
      // default period: the program's start to today in Jakarta
      expect(report.period).toEqual({ from: "2025-10-25", to: jakartaToday() })
      expect(report.facilities.map((f) => f.name)).toEqual(["LPP Kelas IIA Palembang"])

      const palembang = report.facilities[0]!
      const own = await facilityLedger(ids["lpp-palembang"]!, report.period.from, report.period.to)
      // products sold: the quantities the demo buyers ordered of Palembang's goods in the paid sales, and the booth's
      const { booth } = await expoOrders()
      const { data: boothProducts } = booth.length
        ? await getContainer()
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "product", fields: ["id", "handle"], filters: { id: booth.flatMap((o) => o.items.map((i) => i.product_id)) } })
        : { data: [] }
      const handleOf = new Map((boothProducts as { id: string; handle: string }[]).map((p) => [p.id, p.handle]))
      const productsSold =
        sales
          .filter((s) => s.payment === "captured")
          .flatMap((s) => s.items)
          .filter((i) => facilityOf(i.product) === "lpp-palembang")
          .reduce((n, i) => n + i.quantity, 0) +
        booth
          .flatMap((o) => o.items)
          .filter((i) => facilityOf(handleOf.get(i.product_id)!) === "lpp-palembang")
          .reduce((n, i) => n + Number(i.quantity), 0)
      expect(palembang).toEqual({
        id: ids["lpp-palembang"],
        name: "LPP Kelas IIA Palembang",
        city: facilities.find((f) => f.handle === "lpp-palembang")!.city,
        participants_trained: participants.filter((p) => p.facility === "lpp-palembang" && p.status === "active").length,
        participants_earning: own.participants_earning,
        premi_credited: own.premi_credited,
        premi_paid_out: own.premi_paid_out,
        products_sold: productsSold,
        revenue: own.revenue,
      })
      expect(palembang.revenue).toBeGreaterThan(0)
      expect(palembang.participants_earning).toBeGreaterThan(0)
      const { id: _id, name: _name, city: _city, ...figures } = palembang
      expect(report.totals).toEqual(figures)
      expect(report.by_month.map((m) => m.month)).toEqual(expect.arrayContaining(["2025-10", jakartaToday().slice(0, 7)]))
      expect(report.by_month.reduce((s, m) => s + m.revenue, 0)).toBe(report.totals.revenue)
      expect(report.by_month.reduce((s, m) => s + m.premi, 0)).toBe(report.totals.premi_credited)

      // the expo line is the expo dashboard's figures
      const expo = await expoReport()
      expect(report.expos).toEqual([{ handle: "smexpo-2026", name: "SMEXPO 2026", orders: expo.totals.orders, revenue: expo.totals.revenue, premi: expo.totals.premi }])

      // another program on another facility, through the admin: the demo payout is there as premi paid out
      const { data } = await api.get(`/admin/campaigns/programs/${ids["srikandi-perubahan"]}/report`, auth.operator)
      const jambi = (data.report as ProgramReport).facilities[0]!
      const jambiLedger = await facilityLedger(ids["lapas-perempuan-jambi"]!, "2019-01-01", jakartaToday())
      expect(jambi).toMatchObject({
        name: "Lapas Perempuan Kelas IIB Jambi",
        participants_trained: participants.filter((p) => p.facility === "lapas-perempuan-jambi" && p.status === "active").length,
        revenue: jambiLedger.revenue,
        premi_credited: jambiLedger.premi_credited,
        premi_paid_out: demoPayout.amount,
        participants_earning: jambiLedger.participants_earning,
      })
      expect(jambiLedger.premi_paid_out).toBe(demoPayout.amount)

      // a period before any sale: every month listed, all zero; the facility still has its participants
      const early = await programReport("?from=2025-10-25&to=2025-12-31")
      expect(early.period).toEqual({ from: "2025-10-25", to: "2025-12-31" })
      expect(early.by_month).toEqual([
        { month: "2025-10", revenue: 0, premi: 0 },
        { month: "2025-11", revenue: 0, premi: 0 },
        { month: "2025-12", revenue: 0, premi: 0 },
      ])
      expect(early.totals).toMatchObject({ revenue: 0, premi_credited: 0, premi_paid_out: 0, products_sold: 0, participants_earning: 0, participants_trained: palembang.participants_trained })
      expect(early.expos[0]).toMatchObject({ orders: 0, revenue: 0 })
    })

    it("downloads the report as a CSV that matches the JSON and a PDF that shows it, without naming a participant", async () => {
      const report = await programReport()
      const name = `laporan-srikandi-mandiri-${report.period.from}-${report.period.to}`

      const csv = await api.get(`/portal/csr/programs/${ids["srikandi-mandiri"]}/report?format=csv`, auth.srikandi)
      expect(csv.headers["content-type"]).toContain("text/csv")
      expect(csv.headers["content-disposition"]).toBe(`attachment; filename="${name}.csv"`)
      const rows = parseCsv(csv.data as string)
      expect(rows[0]).toEqual(["Laporan dampak program", "Srikandi Mandiri"])
      expect(rows[1]).toEqual(["Sponsor", "Pertamina Patra Niaga Regional Sumbagsel", "Integrated Terminal Palembang"])
      expect(rows[2]).toEqual(["Periode", report.period.from, report.period.to])
      const figures = (f: Figures) =>
        [f.participants_trained, f.participants_earning, f.premi_credited, f.premi_paid_out, f.products_sold, f.revenue].map(String)
      expect(section(rows, "Lapas")).toEqual([
        ...report.facilities.map((f) => [f.name, f.city, ...figures(f)]),
        ["Total", "", ...figures(report.totals)],
      ])
      expect(section(rows, "Expo")).toEqual(report.expos.map((x) => [x.handle, x.name, String(x.orders), String(x.revenue), String(x.premi)]))
      expect(section(rows, "Bulan")).toEqual(report.by_month.map((m) => [m.month, String(m.revenue), String(m.premi)]))

      const pdf = await api.get(`/portal/csr/programs/${ids["srikandi-mandiri"]}/report?format=pdf`, { ...auth.srikandi, responseType: "arraybuffer" })
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      expect(pdf.headers["content-disposition"]).toBe(`attachment; filename="${name}.pdf"`)
      const buffer = Buffer.from(pdf.data)
      expect(buffer.subarray(0, 5).toString()).toBe("%PDF-")
      const text = pdfText(buffer)
      expect(text).toContain("Srikandi Mandiri")
      expect(text).toContain("Pertamina Patra Niaga Regional Sumbagsel")
      expect(text).toContain("Periode: 25 Oktober 2025")
      expect(report.totals.revenue).toBeGreaterThanOrEqual(1_000_000) // so the format below has thousands to group
      for (const amount of [report.totals.revenue, report.totals.premi_credited]) expect(text).toContain(rupiah(amount))
      for (const f of report.facilities) expect(text).toContain(f.name)
      expect(text).toContain("SMEXPO 2026")

      for (const body of [text, csv.data as string, JSON.stringify(report)]) {
        for (const p of participants) {
          for (const secret of [p.legal_name, p.registration_number, p.display_name]) expect(body).not.toContain(secret)
        }
      }
    })

    it("answers another program's CSR staff 404, and everyone who is not CSR staff 401", async () => {
      const expo = `/portal/csr/expos/${ids["smexpo-2026"]}/report`
      const program = `/portal/csr/programs/${ids["srikandi-mandiri"]}/report`
      for (const path of [expo, program, `${program}?format=csv`, `${program}?format=pdf`]) {
        const response = await expectError(api.get(path, auth.patra))
        expect(response.status, `patra ${path}`).toBe(404)
        expect(JSON.stringify(response.data)).not.toMatch(/SMEXPO|Srikandi/)
        for (const who of [undefined, "customer", "facility", "operator"]) {
          const denied = await expectError(api.get(path, who ? auth[who]! : {}))
          expect(denied.status, `${who ?? "anonymous"} ${path}`).toBe(401)
          expect(JSON.stringify(denied.data)).not.toMatch(/SMEXPO|Srikandi/)
        }
      }
      // PATRA's own report is hers (one facility, no expos)
      const own = (await api.get(`/portal/csr/programs/${ids["patra-academy"]}/report`, auth.patra)).data.report as ProgramReport
      expect(own.program.name).toBe("PATRA Academy")
      expect(own.expos).toEqual([])
      // CSR staff are not operators; an unknown id is a 404 for operators
      for (const path of [`/admin/campaigns/expos/${ids["smexpo-2026"]}/report`, `/admin/campaigns/programs/${ids["srikandi-mandiri"]}/report`]) {
        expect((await expectError(api.get(path, auth.srikandi))).status, path).toBe(401)
      }
      expect((await expectError(api.get("/admin/campaigns/expos/expo_tidak_ada/report", auth.operator))).status).toBe(404)
      expect((await expectError(api.get("/admin/campaigns/programs/prog_tidak_ada/report", auth.operator))).status).toBe(404)
      expect((await expectError(api.get("/portal/csr/expos/expo_tidak_ada/report", auth.srikandi))).status).toBe(404)
    })

    it("refuses a bad period or format with a 400 naming the field", async () => {
      const path = `/portal/csr/programs/${ids["srikandi-mandiri"]}/report`
      const cases: [string, string][] = [
        ["?from=2026-13-01", "from"],
        ["?from=2026-02-30", "from"],
        ["?from=kemarin", "from"],
        ["?to=2026/11/01", "to"],
        ["?from=2026-11-02&to=2026-11-01", "from"],
        ["?from=2000-01-01&to=2026-11-01", "from"],
        ["?from=2099-01-01", "from"], // after today, the default end
        ["?format=docx", "format"],
        ["?format=", "format"],
        ["?bulan=2026-11", "bulan"],
      ]
      for (const [query, field] of cases) {
        for (const [who, url] of [[auth.srikandi!, path], [auth.operator!, `/admin/campaigns/programs/${ids["srikandi-mandiri"]}/report`]] as const) {
          const response = await expectError(api.get(`${url}${query}`, who))
          expect(response.status, query).toBe(400)
          expect(response.data.type, query).toBe("invalid_data")
          expect(response.data.message, query).toContain(field)
        }
      }
    })
  },
})

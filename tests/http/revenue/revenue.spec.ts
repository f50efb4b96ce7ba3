// The makers' ledger on a real PostgreSQL with real orders: a bank-transfer order captured by staff is split to the
// rupiah (royalty, template, three makers), replays write once, refunds take back exactly what was refunded, payouts
// never exceed the balance, statements and summaries equal the ledger, the public sees aggregates only, and a template
// change applies to later payments. Every test starts from the seeded store (test-utils restores it between tests).
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_OPERATOR, DEMO_STAFF_PASSWORD, participants, staff, type SeedResult } from "@karya/seed"
import { reconcileLedger } from "@karya/plugin-revenue-split/jobs/reconcile-ledger"
import { recordPaymentSplitWorkflow } from "@karya/plugin-revenue-split/workflows"
import { backendDir, expectError, seedStore, storeHeaders } from "../../helpers/medusa"
import { pdfText } from "../../helpers/pdf-text"

type Entry = {
  id: string; kind: string; account_type: string; account_id: string; share: string | null; amount: number
  line_item_id: string | null; template_version: number | null; product_id: string | null; order_id: string | null
}
type Bearer = { headers: { authorization: string } }

const JAMBI = "lapas-perempuan-jambi"
const email = (facility: string, role: "manager" | "staff") => staff.find((s) => s.facility === facility && s.role === role)!.email
const participant = (registration: string) => participants.find((p) => p.registration_number === registration)!
const RINI = participant("JMB-2021-0417")
const SULASTRI = participant("JMB-2022-0533")
const NUR = participant("JMB-2023-0088")
const sum = (entries: { amount: number }[]) => entries.reduce((s, e) => s + e.amount, 0)
const thisMonth = () => new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 7) // Jakarta time

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    const auth: Record<string, Bearer> = {}
    const ids: Record<string, string> = {}

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    beforeEach(async () => {
      const token = async (actor: string, address: string, password: string): Promise<Bearer> =>
        ({ headers: { authorization: `Bearer ${(await api.post(`/auth/${actor}/emailpass`, { email: address, password })).data.token}` } })
      auth.jambi = await token("facility_staff", email(JAMBI, "manager"), DEMO_STAFF_PASSWORD)
      auth.jambiStaff = await token("facility_staff", email(JAMBI, "staff"), DEMO_STAFF_PASSWORD)
      auth.palembang = await token("facility_staff", email("lpp-palembang", "manager"), DEMO_STAFF_PASSWORD)
      auth.operator = await token("user", DEMO_OPERATOR.email, DEMO_OPERATOR.password)

      const { data: people } = await api.get("/portal/facility/participants?limit=100", auth.jambi)
      for (const p of people.participants as { id: string; registration_number: string }[]) ids[p.registration_number] = p.id
      const { data: products } = await api.get("/portal/facility/products?limit=100", auth.jambi)
      for (const p of products.products as { id: string; handle: string }[]) ids[p.handle] = p.id
      // Nastar (Rp 75.000, no motif) by three makers 2:1:1; the angso duo batik cap (Rp 225.000, a 5% royalty motif
      // held by the facility) by one maker.
      await api.post(`/portal/facility/products/${ids["nastar-nanas-lapuanja"]}/makers`, {
        makers: [
          { participant_id: ids[RINI.registration_number], weight: 2 },
          { participant_id: ids[SULASTRI.registration_number], weight: 1 },
          { participant_id: ids[NUR.registration_number], weight: 1 },
        ],
      }, auth.jambi)
      await api.post(`/portal/facility/products/${ids["batik-cap-angso-duo"]}/makers`, {
        makers: [{ participant_id: ids[SULASTRI.registration_number], weight: 1 }],
      }, auth.jambi)
    })

    const headers = () => storeHeaders(seed.publishableKey)

    /** A buyer's order paid by bank transfer (plugins/payments), awaiting the transfer. */
    async function placeOrder(items: { handle: string; sku: string; quantity: number }[]) {
      const { data: cart } = await api.post("/store/carts", { region_id: seed.regionId, email: "pembeli@example.com" }, headers())
      for (const item of items) {
        const { data } = await api.get(`/store/products?handle=${item.handle}&fields=variants.id,variants.sku`, headers())
        const variant = data.products[0].variants.find((v: { sku: string }) => v.sku === item.sku)
        await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: variant.id, quantity: item.quantity }, headers())
      }
      await api.post(`/store/carts/${cart.cart.id}`, {
        shipping_address: { first_name: "Dewi", last_name: "Pembeli", address_1: "Jl. Gatot Subroto 5", city: "Jambi", province: "Jambi", postal_code: "36124", country_code: "id", phone: "0812" },
      }, headers())
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart.cart.id}`, headers())
      const reguler = options.shipping_options.find((o: { name: string }) => o.name === "Kurir Reguler")
      await api.post(`/store/carts/${cart.cart.id}/shipping-methods`, { option_id: reguler.id }, headers())
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cart.cart.id }, headers())
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_bank-transfer_bank-transfer" }, headers())
      const { data: completed } = await api.post(`/store/carts/${cart.cart.id}/complete`, {}, headers())
      const orderId: string = completed.order.id
      const { data: order } = await api.get(`/admin/orders/${orderId}?fields=id,total,*payment_collections.payments`, auth.operator)
      return { orderId, paymentId: order.order.payment_collections[0].payments[0].id as string, total: order.order.total as number }
    }

    const entriesOf = async (query: string): Promise<{ entries: Entry[]; count: number; sum: number }> =>
      (await api.get(`/admin/revenue/entries?limit=200&${query}`, auth.operator)).data

    /** The subscriber runs after the capture answers: wait until the ledger shows `count` entries for the order. */
    async function waitForEntries(orderId: string, predicate: (e: Entry[]) => boolean) {
      for (let i = 0; i < 100; i++) {
        const { entries } = await entriesOf(`order_id=${orderId}`)
        if (predicate(entries)) return entries
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`the ledger never showed the expected entries of order ${orderId}`)
    }

    /** Staff confirm the transfer: Medusa captures the payment (event payment.captured). */
    async function confirmTransfer(paymentId: string, orderId: string) {
      await api.post(`/admin/payments/${paymentId}/capture`, {}, auth.operator)
      return waitForEntries(orderId, (e) => e.some((x) => x.kind === "sale"))
    }

    const orderA = [
      { handle: "nastar-nanas-lapuanja", sku: "KL-JMB-KR-NASTAR-250", quantity: 2 },
      { handle: "batik-cap-angso-duo", sku: "KL-JMB-BC-ANGSO", quantity: 1 },
    ]
    const orderB = [{ handle: "nastar-nanas-lapuanja", sku: "KL-JMB-KR-NASTAR-250", quantity: 1 }]

    const of = (entries: Entry[], kind: string, share: string, accountId?: string) =>
      sum(entries.filter((e) => e.kind === kind && e.share === share && (!accountId || e.account_id === accountId)))

    it("splits a confirmed bank transfer to the rupiah: motif royalty, template, three makers by weight", async () => {
      const { orderId, paymentId, total } = await placeOrder(orderA)
      expect(total).toBe(2 * 75_000 + 225_000 + 25_000)
      const before = await expectError(api.get("/portal/facility/revenue/entries?limit=1&kind=nope", auth.jambi))
      expect(before.status).toBe(400)
      expect((await entriesOf(`order_id=${orderId}`)).count).toBe(0) // awaiting the transfer: nothing is owed yet

      const entries = await confirmTransfer(paymentId, orderId)
      const jambiId = (await api.get("/portal/facility/me", auth.jambi)).data.facility.id
      // goods only: shipping is not split
      expect(sum(entries)).toBe(375_000)
      const nastar = entries.filter((e) => e.product_id === ids["nastar-nanas-lapuanja"])
      expect(sum(nastar)).toBe(150_000)
      expect(of(nastar, "sale", "premi", ids[RINI.registration_number])).toBe(37_500)
      expect(of(nastar, "sale", "premi", ids[SULASTRI.registration_number])).toBe(18_750)
      expect(of(nastar, "sale", "premi", ids[NUR.registration_number])).toBe(18_750)
      expect(of(nastar, "sale", "pnbp")).toBe(22_500)
      expect(of(nastar, "sale", "capital")).toBe(52_500)
      const angso = entries.filter((e) => e.product_id === ids["batik-cap-angso-duo"])
      expect(sum(angso)).toBe(225_000)
      // 5% of 225.000 to the motif's holder, the facility; the rest 213.750 by 50/15/35: PNBP and capital both have
      // half a rupiah left over, and the tie goes to the larger weight (capital)
      expect(angso.find((e) => e.share === "royalty")).toMatchObject({ account_type: "motif_holder", account_id: `facility:${jambiId}`, amount: 11_250 })
      expect(of(angso, "sale", "premi", ids[SULASTRI.registration_number])).toBe(106_875)
      expect(of(angso, "sale", "pnbp")).toBe(32_062)
      expect(of(angso, "sale", "capital")).toBe(74_813)
      expect(entries.every((e) => e.template_version === 0 && Number.isInteger(e.amount) && e.amount > 0)).toBe(true)

      // the makers' balances in the portal
      const { data: overview } = await api.get("/portal/facility/revenue", auth.jambi)
      const balance = (registration: string) => overview.participants.find((p: { participant_id: string }) => p.participant_id === ids[registration])
      expect(balance(RINI.registration_number)).toMatchObject({ earned: 37_500, balance: 37_500, paid_out: 0 })
      expect(balance(SULASTRI.registration_number)).toMatchObject({ earned: 18_750 + 106_875, balance: 125_625 })
      expect(overview.accounts).toEqual({ premi_unassigned: 0, pnbp: 54_562, capital: 127_313, royalty: 11_250, platform: 0 })
      expect(overview.template).toMatchObject({ version: 0, premi_bps: 5000, pnbp_bps: 1500, capital_bps: 3500, platform_bps: 0 })
      // another facility sees none of it
      const { data: palembang } = await api.get("/portal/facility/revenue", auth.palembang)
      expect(palembang.totals.earned).toBe(0)
      expect(JSON.stringify(palembang)).not.toContain(ids[RINI.registration_number]!)
      expect((await api.get(`/portal/facility/revenue/entries?order_id=${orderId}`, auth.palembang)).data.count).toBe(0)
    })

    it("writes a payment once, however often the event arrives: again, 20 times at once, and by the database's key", async () => {
      const { orderId, paymentId } = await placeOrder(orderA)
      const first = await confirmTransfer(paymentId, orderId)
      const container = getContainer()
      const eventBus = container.resolve(Modules.EVENT_BUS)
      await Promise.all([
        ...Array.from({ length: 20 }, () => eventBus.emit({ name: "payment.captured", data: { id: paymentId } })),
        ...Array.from({ length: 20 }, () => recordPaymentSplitWorkflow(container).run({ input: { payment_id: paymentId } })),
      ])
      await new Promise((r) => setTimeout(r, 1000)) // let the emitted events' subscribers finish
      const after = await entriesOf(`order_id=${orderId}`)
      expect(after.count).toBe(first.length)
      expect(after.sum).toBe(375_000)

      // what the database itself refuses: a second entry with the same key, an edit, a deletion, a negative sale
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [row] = await pg("ledger_entry").where({ order_id: orderId }).limit(1)
      await expect(pg("ledger_entry").insert({ ...row, id: "lent_duplicate" })).rejects.toThrow(/idempotency_key/)
      await expect(pg("ledger_entry").where({ id: row.id }).update({ amount: row.amount + 1 })).rejects.toThrow(/append-only/)
      await expect(pg("ledger_entry").where({ id: row.id }).delete()).rejects.toThrow(/append-only/)
      await expect(pg("ledger_entry").insert({ ...row, id: "lent_negative", idempotency_key: "x", amount: -5 })).rejects.toThrow(/amount_sign/)
      expect((await entriesOf(`order_id=${orderId}`)).sum).toBe(375_000)
    })

    it("repairs the ledger from a capture whose event was lost, once", async () => {
      const { orderId, paymentId } = await placeOrder(orderA)
      // captured by the payment module alone: no workflow, so no payment.captured event reaches the subscriber
      await getContainer().resolve(Modules.PAYMENT).capturePayment({ payment_id: paymentId })
      await new Promise((r) => setTimeout(r, 500))
      expect((await entriesOf(`order_id=${orderId}`)).count).toBe(0)
      expect(await reconcileLedger(getContainer())).toMatchObject({ sales: 1, refunds: 0 })
      expect((await entriesOf(`order_id=${orderId}`)).sum).toBe(375_000)
      expect(await reconcileLedger(getContainer())).toMatchObject({ sales: 0, refunds: 0 })
      expect((await entriesOf(`order_id=${orderId}`)).sum).toBe(375_000)
    })

    it("reverses a partial refund exactly as it was split, and a full refund back to zero", async () => {
      const { orderId, paymentId } = await placeOrder(orderA)
      await confirmTransfer(paymentId, orderId)

      await api.post(`/admin/payments/${paymentId}/refund`, { amount: 50_000 }, auth.operator)
      const partial = (await waitForEntries(orderId, (e) => e.some((x) => x.kind === "refund"))).filter((e) => e.kind === "refund")
      expect(sum(partial)).toBe(-50_000)
      // 50.000 across the lines by what they hold (150.000 : 225.000), then across each line's accounts
      const nastar = partial.filter((e) => e.product_id === ids["nastar-nanas-lapuanja"])
      expect(sum(nastar)).toBe(-20_000)
      expect(of(nastar, "refund", "premi", ids[RINI.registration_number])).toBe(-5_000)
      expect(of(nastar, "refund", "premi", ids[NUR.registration_number])).toBe(-2_500)
      expect(of(partial, "refund", "royalty")).toBe(-1_500)
      expect(partial.every((e) => e.amount < 0 && Number.isInteger(e.amount))).toBe(true)

      // the rest of the payment (goods 325.000 left + shipping 25.000): the goods are reversed to zero, no further
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: 350_000 }, auth.operator)
      const all = await waitForEntries(orderId, (e) => sum(e) === 0)
      const net = new Map<string, number>()
      for (const e of all) net.set(`${e.line_item_id}|${e.account_type}|${e.account_id}|${e.share}`, (net.get(`${e.line_item_id}|${e.account_type}|${e.account_id}|${e.share}`) ?? 0) + e.amount)
      expect([...net.values()].every((v) => v === 0)).toBe(true)
      expect(of(all, "refund", "premi", ids[SULASTRI.registration_number])).toBe(-(18_750 + 106_875))

      // the refund event again changes nothing
      const count = all.length
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "payment.refunded", data: { id: paymentId } })
      await new Promise((r) => setTimeout(r, 500))
      expect((await entriesOf(`order_id=${orderId}`)).count).toBe(count)
      const { data: overview } = await api.get("/portal/facility/revenue", auth.jambi)
      expect(overview.totals).toMatchObject({ earned: 375_000, reversed: 375_000, balance: 0 })
    })

    it("records payouts by managers, never above the balance, and statements that equal the ledger", async () => {
      const { orderId, paymentId } = await placeOrder(orderB)
      await confirmTransfer(paymentId, orderId)
      const rini = ids[RINI.registration_number]!
      const pay = (body: object, who = auth.jambi) => api.post("/portal/facility/revenue/payouts", body, who)

      const above = await expectError(pay({ participant_id: rini, amount: 20_000, method: "savings_account" }))
      expect(above.status).toBe(409)
      expect(above.data).toMatchObject({ field: "amount", balance: 18_750 })
      expect(above.data.message).toContain("Rp 18.750")
      for (const amount of [-1, 0, 10.5, "1000"]) {
        const bad = await expectError(pay({ participant_id: rini, amount, method: "savings_account" }))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("amount")
      }
      const badMethod = await expectError(pay({ participant_id: rini, amount: 1000, method: "cash" }))
      expect([badMethod.status, badMethod.data.message.includes("method")]).toEqual([400, true])
      expect((await expectError(pay({ participant_id: rini, amount: 1000, method: "savings_account" }, auth.jambiStaff))).status).toBe(403)
      expect((await expectError(pay({ participant_id: rini, amount: 1000, method: "savings_account" }, auth.palembang))).status).toBe(404)
      expect((await entriesOf("kind=payout")).count).toBe(0) // none of those wrote anything

      // two payouts at once that together exceed the balance: one is refused
      const race = await Promise.allSettled([
        pay({ participant_id: rini, amount: 10_000, method: "savings_account", note: "Tabungan BRI" }),
        pay({ participant_id: rini, amount: 10_000, method: "held_by_facility" }),
      ])
      expect(race.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"])
      const ok = race.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ data: { payout: Entry; balance: number } }>
      expect(ok.value.data.balance).toBe(8_750)
      expect(ok.value.data.payout).toMatchObject({ kind: "payout", amount: -10_000, account_id: rini })

      // her statement for the month: earned, paid out and closing balance equal the ledger
      const month = thisMonth()
      const { data } = await api.get(`/portal/facility/revenue/statements/${rini}?month=${month}`, auth.jambiStaff)
      const statement = data.statement
      expect(statement).toMatchObject({ month, opening_balance: 0, earned: 18_750, paid_out: 10_000, closing_balance: 8_750 })
      expect(statement.lines).toEqual([expect.objectContaining({ product_title: expect.stringContaining("Nastar"), share: "premi", amount: 18_750 })])
      const { data: overview } = await api.get("/portal/facility/revenue", auth.jambi)
      expect(overview.participants.find((p: { participant_id: string }) => p.participant_id === rini).balance).toBe(statement.closing_balance)
      expect(sum((await entriesOf(`account_id=${rini}`)).entries)).toBe(statement.closing_balance)

      const csv = await api.get(`/portal/facility/revenue/statements/${rini}?month=${month}&format=csv`, auth.jambi)
      expect(csv.headers["content-type"]).toContain("text/csv")
      expect(csv.headers["content-disposition"]).toContain(`premi-${month}`)
      expect(csv.data).toContain(RINI.legal_name) // the facility's own record
      expect(csv.data).toMatch(/Saldo akhir,8750/)
      const pdf = await api.get(`/portal/facility/revenue/statements/${rini}?month=${month}&format=pdf`, { ...auth.jambi, responseType: "arraybuffer" })
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      const text = pdfText(Buffer.from(pdf.data))
      expect(text).toContain("Laporan Premi Bulanan")
      expect(text).toContain(RINI.legal_name)
      expect(text).toContain("Rp 18.750")
      expect(text).toContain("Rp 8.750")

      // the facility's month summary equals the ledger's sums
      const { data: month1 } = await api.get(`/portal/facility/revenue/months/${month}`, auth.jambi)
      const jambiId = (await api.get("/portal/facility/me", auth.jambi)).data.facility.id
      const facilityEntries = (await entriesOf(`facility_id=${jambiId}`)).entries
      expect(month1.summary).toMatchObject({ sales: 75_000, refunds: 0, net: 75_000, payouts: 10_000, orders: 1 })
      expect(month1.summary.shares).toEqual({ premi: 37_500, pnbp: 11_250, capital: 26_250, royalty: 0, platform: 0 })
      expect(month1.summary.net).toBe(sum(facilityEntries.filter((e) => e.kind === "sale" || e.kind === "refund")))
      const summaryCsv = await api.get(`/portal/facility/revenue/months/${month}?format=csv`, auth.jambi)
      expect(summaryCsv.data).toMatch(/Premi,37500/)

      for (const [path, field] of [
        [`statements/${rini}?month=2026-13`, "month"],
        [`statements/${rini}?month=${month}&format=docx`, "format"],
        ["months/november", "month"],
      ] as const) {
        const bad = await expectError(api.get(`/portal/facility/revenue/${path}`, auth.jambi))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain(field)
      }
      expect((await expectError(api.get(`/portal/facility/revenue/statements/${rini}?month=${month}`, auth.palembang))).status).toBe(404)
    })

    it("shows the public the makers' totals per facility and each product's share, never a figure per person", async () => {
      // one order with goods of two facilities
      const { orderId, paymentId } = await placeOrder([...orderA, { handle: "selendang-songket-limar", sku: "KL-PLG-SG-LIMAR-SLD", quantity: 1 }])
      await confirmTransfer(paymentId, orderId)
      const { data } = await api.get("/store/impact", headers())
      const jambi = data.impact.facilities.find((f: { handle: string }) => f.handle === JAMBI)
      const palembang = data.impact.facilities.find((f: { handle: string }) => f.handle === "lpp-palembang")
      // premi of both Jambi lines; the royalty is the facility's, not a maker's
      expect(jambi.makers_total).toBe(75_000 + 106_875)
      expect(palembang.makers_total).toBe(775_000) // half of the Rp 1.550.000 selendang
      expect(data.impact.makers_total).toBe(75_000 + 106_875 + 775_000)
      expect(data.impact.royalties_total).toBe(11_250)
      expect(data.impact.orders).toBe(1) // counted once, not once per facility
      const body = JSON.stringify(data)
      for (const p of participants) {
        expect(body).not.toContain(p.legal_name)
        expect(body).not.toContain(p.registration_number)
      }
      for (const registration of [RINI, SULASTRI, NUR].map((p) => p.registration_number)) expect(body).not.toContain(ids[registration]!)

      const share = async (handle: string) => (await api.get(`/store/products/${ids[handle]}/impact`, headers())).data.impact
      expect(await share("nastar-nanas-lapuanja")).toMatchObject({ makers_share_bps: 5000, price: 75_000, makers_amount: 37_500, royalty_bps: 0 })
      expect(await share("batik-cap-angso-duo")).toMatchObject({ makers_share_bps: 4750, royalty_bps: 500, price: 225_000, makers_amount: 106_875 })
      expect((await expectError(api.get("/store/products/prod_missing/impact", headers()))).status).toBe(404)
    })

    it("applies a new template to payments captured after it; only managers change it, and only to 100%", async () => {
      const first = await placeOrder(orderB)
      await confirmTransfer(first.paymentId, first.orderId)
      const second = await placeOrder(orderB) // placed before the change, captured after it

      const bad = [
        [{ premi_bps: 6000, pnbp_bps: 1000, capital_bps: 2000, platform_bps: 0 }, "premi_bps"],
        [{ premi_bps: 6000.5, pnbp_bps: 1000, capital_bps: 2999.5, platform_bps: 0 }, "premi_bps"],
        [{ premi_bps: 11000, pnbp_bps: -1000, capital_bps: 0, platform_bps: 0 }, "pnbp_bps"],
      ] as const
      for (const [body, field] of bad) {
        const response = await expectError(api.post("/portal/facility/revenue/template", body, auth.jambi))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
      const staffTry = await expectError(api.post("/portal/facility/revenue/template", { premi_bps: 6000, pnbp_bps: 1000, capital_bps: 3000, platform_bps: 0 }, auth.jambiStaff))
      expect(staffTry.status).toBe(403)
      expect((await api.get("/portal/facility/revenue/template", auth.jambiStaff)).data.template.version).toBe(0)

      const { data } = await api.post("/portal/facility/revenue/template", { premi_bps: 6000, pnbp_bps: 1000, capital_bps: 3000, platform_bps: 0, note: "Rapat pembina November" }, auth.jambi)
      expect(data.template).toMatchObject({ version: 1, premi_bps: 6000, note: "Rapat pembina November" })
      const { data: history } = await api.get("/portal/facility/revenue/template", auth.jambi)
      expect(history.versions.map((v: { version: number }) => v.version)).toEqual([1, 0])

      const after = await confirmTransfer(second.paymentId, second.orderId)
      expect(after.every((e) => e.template_version === 1)).toBe(true)
      expect(of(after, "sale", "premi")).toBe(45_000)
      expect(of(after, "sale", "pnbp")).toBe(7_500)
      const before = await entriesOf(`order_id=${first.orderId}`)
      expect(before.entries.every((e) => e.template_version === 0)).toBe(true)
      expect(of(before.entries, "sale", "premi")).toBe(37_500)
      // the store's share follows the template in force
      expect((await api.get(`/store/products/${ids["nastar-nanas-lapuanja"]}/impact`, headers())).data.impact).toMatchObject({ template_version: 1, makers_share_bps: 6000, makers_amount: 45_000 })
    })

    it("gives operators the ledger of every facility with filters, and refuses everyone else", async () => {
      const { orderId, paymentId } = await placeOrder(orderA)
      await confirmTransfer(paymentId, orderId)
      const { data: facilities } = await api.get("/admin/revenue/facilities", auth.operator)
      const jambi = facilities.facilities.find((f: { name: string }) => f.name.includes("Jambi"))
      expect(jambi).toMatchObject({ template_version: 0, earned: 375_000, balance: 375_000, makers_total: 181_875 })
      expect((await entriesOf(`facility_id=${jambi.id}&account_type=facility_pnbp`)).sum).toBe(54_562)
      expect((await entriesOf(`account_id=${ids[RINI.registration_number]}`)).count).toBe(1)
      expect((await entriesOf(`order_id=${orderId}&kind=refund`)).count).toBe(0)
      const today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10)
      expect((await entriesOf(`from=${today}&to=${today}`)).sum).toBe(375_000)
      expect((await entriesOf("from=2020-01-01&to=2020-01-31")).count).toBe(0)
      const { data: month } = await api.get(`/admin/revenue/facilities/${jambi.id}/months/${thisMonth()}`, auth.operator)
      expect(month.summary.net).toBe(375_000)
      const pdf = await api.get(`/admin/revenue/facilities/${jambi.id}/statements/${ids[SULASTRI.registration_number]}?month=${thisMonth()}&format=pdf`, { ...auth.operator, responseType: "arraybuffer" })
      expect(pdfText(Buffer.from(pdf.data))).toContain("Rp 125.625")

      for (const query of ["kind=gift", "from=22-11-2026", "limit=0", "account_type=bank", "colour=red"]) {
        const bad = await expectError(api.get(`/admin/revenue/entries?${query}`, auth.operator))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain(query.split("=")[0])
      }
      const customer = (await api.post("/auth/customer/emailpass/register", { email: "pembeli@example.com", password: "rahasia-123" })).data.token
      for (const who of [{}, { headers: { authorization: `Bearer ${customer}` } }, auth.jambi]) {
        expect((await expectError(api.get("/admin/revenue/entries", who))).status).toBe(401)
      }
      for (const who of [{}, { headers: { authorization: `Bearer ${customer}` } }, auth.operator]) {
        expect((await expectError(api.get("/portal/facility/revenue", who))).status).toBe(401)
      }
    })
  },
})

// Crash during payment capture and during the split: the built backend runs as its own process on this file's
// database; an operator confirms a batch of bank transfers at once and the backend is killed with SIGKILL at a random
// moment while they are in flight (some not captured yet, some captured and waiting for or inside their split). After
// a restart, staff confirm every order again (what they do when the admin did not answer) and the ledger's repair
// runs (`reconcileLedger`, what the scheduled job calls). A confirm of an order already captured finishes a capture
// the kill cut in half (captured_at, the order's transaction); the payments plugin's own repair job
// (`repairInterruptedCaptures`) then finds nothing left. Then every transfer is captured exactly once, every order
// has one payment transaction of its total, and every payment has exactly its split: sale entries summing to the
// goods amount, no entry twice. No fault injection: the kill lands wherever the work happens to be.
import fs from "node:fs"
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { DEMO_OPERATOR, type SeedResult } from "@karya/seed"
import { reconcileLedger } from "@karya/plugin-revenue-split/jobs/reconcile-ledger"
import { repairInterruptedCaptures } from "@karya/plugin-payments/jobs/repair-captures"
import { startBackend, waitHealthy, type CrashBackend } from "../../helpers/crash-backend"
import { backendDir, seedStore, storeHeaders } from "../../helpers/medusa"
import { freePort } from "../../helpers/stack"

const BANK_TRANSFER = "pp_bank-transfer_bank-transfer"
const NASTAR = { handle: "nastar-nanas-lapuanja", sku: "KL-JMB-KR-NASTAR-250", price: 75_000 } // Jambi, no motif
const ANGSO = { handle: "batik-cap-angso-duo", sku: "KL-JMB-BC-ANGSO", price: 225_000 } // Jambi, a royalty motif
const ORDERS = 12

type Raw = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
type Placed = { id: string; total: number; goods: number }
/** knex spreads a JS array binding into a list; PostgreSQL's `any` wants one array: Medusa ids need no quoting. */
const pgArray = (ids: string[]) => `{${ids.join(",")}}`

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer, dbConnection, dbConfig }) => {
    let seed: SeedResult
    const db = dbConnection as unknown as Raw
    const backends: CrashBackend[] = []

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    afterAll(async () => {
      // never leave a server on a database the runner is about to drop
      for (const b of backends) await b.kill9()
    })

    const headers = () => storeHeaders(seed.publishableKey)
    const variantIds = new Map<string, string>()
    async function variantOf(item: { handle: string; sku: string }) {
      if (!variantIds.has(item.sku)) {
        const { data } = await api.get(`/store/products?handle=${item.handle}&fields=variants.id,variants.sku`, headers())
        variantIds.set(item.sku, data.products[0].variants.find((v: { sku: string }) => v.sku === item.sku).id)
      }
      return variantIds.get(item.sku)!
    }

    /** The storefront's checkout with the bank transfer (on the runner's own app): the order awaits payment. */
    async function placeOrder(items: (typeof NASTAR)[]): Promise<Placed> {
      const { data: cart } = await api.post("/store/carts", { region_id: seed.regionId, email: "crash.pembeli@example.com" }, headers())
      for (const item of items) {
        await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: await variantOf(item), quantity: 1 }, headers())
      }
      await api.post(`/store/carts/${cart.cart.id}`, {
        shipping_address: { first_name: "Sari", last_name: "Pembeli", address_1: "Jl. Sudirman 1", city: "Jambi", province: "Jambi", postal_code: "36124", country_code: "id", phone: "081200002222" },
      }, headers())
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart.cart.id}`, headers())
      await api.post(`/store/carts/${cart.cart.id}/shipping-methods`, { option_id: options.shipping_options.find((o: { name: string }) => o.name === "Kurir Reguler").id }, headers())
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cart.cart.id }, headers())
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: BANK_TRANSFER }, headers())
      const { data: completed } = await api.post(`/store/carts/${cart.cart.id}/complete`, {}, headers())
      expect(completed.type).toBe("order")
      return { id: completed.order.id, total: Number(completed.order.total), goods: items.reduce((s, i) => s + i.price, 0) }
    }

    /** The payment of each order (one per order here). */
    async function paymentsOf(orders: Placed[]) {
      const { rows } = await db.raw(
        `select opc.order_id, p.id as payment_id from order_payment_collection opc
           join payment p on p.payment_collection_id = opc.payment_collection_id and p.deleted_at is null
          where opc.deleted_at is null and opc.order_id = any(?::text[])`,
        [pgArray(orders.map((o) => o.id))]
      )
      return new Map(rows.map((r) => [String(r.order_id), String(r.payment_id)]))
    }

    const count = async (sql: string, bindings: unknown[] = []) => Number((await db.raw(sql, bindings)).rows[0]!.n)

    /** The state of the batch straight from the database: captured payments, and the sale entries per payment. */
    async function snapshot(paymentIds: string[]) {
      const captured = await count(`select count(*) as n from payment where id = any(?::text[]) and captured_at is not null`, [pgArray(paymentIds)])
      // a capture row without captured_at: Medusa writes the capture and sets captured_at in two transactions
      const interrupted = await count(
        `select count(distinct p.id) as n from payment p join capture c on c.payment_id = p.id and c.deleted_at is null
          where p.id = any(?::text[]) and p.captured_at is null`, [pgArray(paymentIds)])
      const { rows } = await db.raw(
        `select p.id, p.captured_at is not null as captured, count(e.id) as entries, coalesce(sum(e.amount), 0) as amount
           from payment p left join ledger_entry e on e.payment_id = p.id and e.kind = 'sale'
          where p.id = any(?::text[]) group by p.id`,
        [pgArray(paymentIds)]
      )
      const split = rows.filter((r) => Number(r.entries) > 0).length
      const entries = rows.reduce((s, r) => s + Number(r.entries), 0)
      // captured, and its split not (yet) written: what the crash leaves for the repair
      const unsplit = rows.filter((r) => r.captured && Number(r.entries) === 0).length
      // captured (captured_at set), and the order has no transaction for its capture: the workflow died in between
      const untransacted = await count(
        `select count(*) as n from payment p join capture c on c.payment_id = p.id and c.deleted_at is null
          where p.id = any(?::text[]) and p.captured_at is not null
            and not exists (select 1 from order_transaction t where t.reference = 'capture' and t.reference_id = c.id and t.deleted_at is null)`,
        [pgArray(paymentIds)])
      return { captured, interrupted, split, entries, unsplit, untransacted, rows }
    }

    async function operatorToken(backend: CrashBackend) {
      const res = await fetch(`${backend.url}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: DEMO_OPERATOR.email, password: DEMO_OPERATOR.password }),
      })
      expect(res.status).toBe(200)
      return ((await res.json()) as { token: string }).token
    }

    const confirm = (backend: CrashBackend, token: string, order: Placed) =>
      fetch(`${backend.url}/admin/transfers/${order.id}/confirm`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ amount_received: order.total }),
      })

    async function launch() {
      const backend = startBackend({ databaseUrl: dbConfig.clientUrl, port: await freePort() })
      backends.push(backend)
      await waitHealthy(backend)
      return backend
    }

    it("keeps the ledger and the orders exact when the backend is killed -9 during captures and splits", async () => {
      const started = Date.now()
      // CRASH_TRACE=<file>: the phases with their times, written at once (vitest holds console output until the end)
      const trace = (what: string) => process.env.CRASH_TRACE && fs.appendFileSync(process.env.CRASH_TRACE, `crash +${Date.now() - started} ms: ${what}\n`)
      const orders: Placed[] = []
      // one checkout at a time: the runner's in-process app has a small database pool
      for (let i = 0; i < ORDERS; i++) orders.push(await placeOrder(i % 2 ? [NASTAR] : [NASTAR, ANGSO]))
      trace(`placed ${ORDERS} orders`)
      const payments = await paymentsOf(orders)
      const paymentIds = orders.map((o) => payments.get(o.id)!)
      expect(paymentIds.every(Boolean)).toBe(true)
      expect((await snapshot(paymentIds)).captured).toBe(0)
      const byId = new Map(orders.flatMap((o) => [[o.id, o], [payments.get(o.id)!, o]] as [string, Placed][]))
      const orderOf = (id: unknown) => byId.get(String(id))!

      // --- the crash: every confirm in flight at once, kill -9 once a random share of them has been captured
      const first = await launch()
      trace("backend up")
      const token = await operatorToken(first)
      const killAt = 2 + Math.floor(Math.random() * (ORDERS / 2)) // 2 … 7 of 12 captured
      const answers = orders.map((o) => confirm(first, token, o).then((r) => r.status, () => "no answer" as const))
      let atKill = await snapshot(paymentIds)
      const deadline = Date.now() + 60_000
      while (atKill.captured < killAt && first.child.exitCode === null && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 5))
        atKill = await snapshot(paymentIds)
      }
      await first.kill9()
      trace(`killed at ${atKill.captured}`)
      const unanswered = (await Promise.all(answers)).filter((s) => s === "no answer").length
      const afterKill = await snapshot(paymentIds)
      // no split is ever half-written: a payment has all its entries or none
      for (const row of afterKill.rows) {
        const order = orderOf(row.id)
        if (Number(row.entries) > 0) expect(Number(row.amount)).toBe(order.goods)
      }

      // --- the restart: staff confirm everything again, then the ledger's repair runs
      const second = await launch()
      trace("backend up again")
      const again = await operatorToken(second)
      const outcomes: Record<string, number> = {}
      for (const order of orders) {
        const res = await confirm(second, again, order)
        expect(res.status).toBe(200)
        const { outcome } = (await res.json()) as { outcome: string }
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1
      }
      expect((outcomes.captured ?? 0) + (outcomes.already_captured ?? 0)).toBe(ORDERS)
      // the payments captured by this second process are split by its own subscriber; wait for them, so the repair
      // below has only what the crash lost to do
      for (let i = 0; i < 200 && (await snapshot(paymentIds)).unsplit > afterKill.unsplit; i++) await new Promise((r) => setTimeout(r, 100))
      trace(`confirmed again: ${JSON.stringify(outcomes)}, ${(await snapshot(paymentIds)).captured} captured`)
      // the scheduled repair of interrupted captures (settleMs 0: nothing is in flight after the restart): the
      // confirms above already finished every one
      const captureRepair = await repairInterruptedCaptures(getContainer(), { settleMs: 0 })
      const repaired = await reconcileLedger(getContainer())
      // the backend's own scheduled repair (every 15 minutes) may have run first: it logs what it wrote
      const byJob = Number(/repaired the ledger: (\d+) sale/.exec(second.output())?.[1] ?? 0)
      const repairedAgain = (await reconcileLedger(getContainer())).sales
      await second.stop()

      // --- the figures a finance officer would check, printed before they are asserted
      const final = await snapshot(paymentIds)
      const missing = final.rows.filter((row) => Number(row.amount) !== orderOf(row.id).goods).length
      // no entry twice: per payment, line item, account and share one sale entry, and no idempotency key twice
      const duplicates =
        (await count(
          `select count(*) as n from (select 1 from ledger_entry where payment_id = any(?::text[]) and kind = 'sale'
             group by payment_id, line_item_id, account_type, account_id, share having count(*) > 1) d`, [pgArray(paymentIds)])) +
        (await count(`select count(*) as n from (select 1 from ledger_entry group by idempotency_key having count(*) > 1) d`))
      const stray = await count(`select count(*) as n from ledger_entry where payment_id is null or not (payment_id = any(?::text[])) or kind <> 'sale'`, [pgArray(paymentIds)])
      const { rows: captures } = await db.raw(
        `select p.id, count(c.id) as n, coalesce(sum(c.amount), 0) as amount from payment p
           left join capture c on c.payment_id = p.id and c.deleted_at is null where p.id = any(?::text[]) group by p.id`, [pgArray(paymentIds)])
      const capturedTwice = captures.filter((c) => Number(c.n) > 1).length
      const { rows: transactions } = await db.raw(
        `select o.id, o.status, count(t.id) as n, coalesce(sum(t.amount), 0) as amount from "order" o
           left join order_transaction t on t.order_id = o.id and t.deleted_at is null and t.reference = 'capture'
          where o.id = any(?::text[]) group by o.id, o.status`, [pgArray(orders.map((o) => o.id))])
      const paidTwice = transactions.filter((t) => Number(t.n) > 1).length
      const unpaid = transactions.filter((t) => Number(t.n) === 0).length
      console.log(
        `crash: ${ORDERS} confirms in flight, killed at ${atKill.captured} captured (target ${killAt}), ${unanswered} unanswered; ` +
          `before restart ${afterKill.captured} captured, ${afterKill.interrupted} capture(s) interrupted, ${afterKill.split} split (${afterKill.entries} entries), ${afterKill.unsplit} captured but not split, ${afterKill.untransacted} captured without order transaction; ` +
          `after restart ${outcomes.captured ?? 0} captured on retry, ${outcomes.already_captured ?? 0} already captured, ${repaired.sales + byJob} repaired, ${captureRepair.repaired.length} capture(s) left for the repair job; ` +
          `${final.captured}/${ORDERS} captured, ${final.interrupted} interrupted, ${final.entries} entries, duplicates ${duplicates}, missing ${missing}, ` +
          `captured twice ${capturedTwice}, orders paid twice ${paidTwice}, unpaid ${unpaid} (${Math.round((Date.now() - started) / 1000)} s)`
      )

      expect(captureRepair).toEqual({ checked: 0, repaired: [], failed: [] })
      expect(final.untransacted).toBe(0)
      expect(repaired.sales + byJob).toBe(afterKill.unsplit)
      expect(repairedAgain).toBe(0) // once: nothing left to repair
      // a capture row whose payment never got captured_at: staff see "paid", yet no payment.captured, no split, no
      // order transaction, and the repair (captured_at in the last 7 days) never finds it
      expect(final.interrupted).toBe(0)
      expect(final.captured).toBe(ORDERS)
      expect(final.unsplit).toBe(0)
      expect({ missing, duplicates, stray }).toEqual({ missing: 0, duplicates: 0, stray: 0 })
      // transfers captured once, for the order's total
      expect(capturedTwice).toBe(0)
      for (const c of captures) expect(Number(c.amount)).toBe(orderOf(c.id).total)
      // orders paid once: one payment transaction of the total each, not canceled, and "paid" where staff look
      expect({ paidTwice, unpaid }).toEqual({ paidTwice: 0, unpaid: 0 })
      for (const t of transactions) {
        expect(t.status).toBe("pending")
        expect(Number(t.amount)).toBe(orderOf(t.id).total)
      }
      const operator = { headers: { authorization: `Bearer ${(await api.post("/auth/user/emailpass", DEMO_OPERATOR)).data.token}` } }
      for (const order of orders) {
        expect((await api.get(`/admin/transfers/${order.id}`, operator)).data.transfer.status).toBe("paid")
      }
    }, 240_000)
  },
})

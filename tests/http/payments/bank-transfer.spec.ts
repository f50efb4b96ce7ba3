// Bank transfer end to end on a real PostgreSQL: checkout with the transfer instructions, the order awaiting payment,
// the buyer's payment page and order lookup, managers and operators confirming (exactly once, also 20 at a time),
// a wrong amount flagged and not captured, who may confirm what, expiry (order canceled, stock released, a late
// confirm refused) and bad input. Every test starts from the seeded store (test-utils restores it between tests).
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { Modules } from "@medusajs/framework/utils"
import { DEMO_OPERATOR, DEMO_STAFF_PASSWORD, staff, type SeedResult } from "@karya/seed"
import { expireUnpaidTransfers } from "@karya/plugin-payments/jobs/expire-transfers"
import { backendDir, expectError, seedStore, storeHeaders } from "../../helpers/medusa"

type Bearer = { headers: { authorization: string } }
type Entry = { kind: string; amount: number; payment_id: string | null }

const BANK_TRANSFER = "pp_bank-transfer_bank-transfer"
const REFERENCE = /^KL-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/
const email = (facility: string, role: "manager" | "staff") => staff.find((s) => s.facility === facility && s.role === role)!.email
const sum = (entries: { amount: number }[]) => entries.reduce((s, e) => s + e.amount, 0)

const NASTAR = { handle: "nastar-nanas-lapuanja", sku: "KL-JMB-KR-NASTAR-250" } // Jambi, Rp 75.000
const ANGSO = { handle: "batik-cap-angso-duo", sku: "KL-JMB-BC-ANGSO" } // Jambi, Rp 225.000
const SELENDANG = { handle: "selendang-songket-limar", sku: "KL-PLG-SG-LIMAR-SLD" } // Palembang, Rp 1.550.000
const BUYER = "dewi.pembeli@example.com"

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    const auth: Record<string, Bearer> = {}

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    beforeEach(async () => {
      const token = async (actor: string, address: string, password: string): Promise<Bearer> =>
        ({ headers: { authorization: `Bearer ${(await api.post(`/auth/${actor}/emailpass`, { email: address, password })).data.token}` } })
      auth.jambi = await token("facility_staff", email("lapas-perempuan-jambi", "manager"), DEMO_STAFF_PASSWORD)
      auth.jambiStaff = await token("facility_staff", email("lapas-perempuan-jambi", "staff"), DEMO_STAFF_PASSWORD)
      auth.palembang = await token("facility_staff", email("lpp-palembang", "manager"), DEMO_STAFF_PASSWORD)
      auth.operator = await token("user", DEMO_OPERATOR.email, DEMO_OPERATOR.password)
    })

    const headers = () => storeHeaders(seed.publishableKey)

    /** The storefront's checkout with the bank transfer: cart, address, courier, payment session, complete. */
    async function placeOrder(items: { handle: string; sku: string; quantity: number }[]) {
      const { data: cart } = await api.post("/store/carts", { region_id: seed.regionId, email: BUYER }, headers())
      const variants: string[] = []
      for (const item of items) {
        const { data } = await api.get(`/store/products?handle=${item.handle}&fields=variants.id,variants.sku`, headers())
        const variant = data.products[0].variants.find((v: { sku: string }) => v.sku === item.sku)
        variants.push(variant.id)
        await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: variant.id, quantity: item.quantity }, headers())
      }
      await api.post(`/store/carts/${cart.cart.id}`, {
        shipping_address: { first_name: "Dewi", last_name: "Pembeli", address_1: "Jl. Gatot Subroto 5", city: "Jambi", province: "Jambi", postal_code: "36124", country_code: "id", phone: "081200001111" },
      }, headers())
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart.cart.id}`, headers())
      const reguler = options.shipping_options.find((o: { name: string }) => o.name === "Kurir Reguler")
      await api.post(`/store/carts/${cart.cart.id}/shipping-methods`, { option_id: reguler.id }, headers())
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cart.cart.id }, headers())
      const { data: withSession } = await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: BANK_TRANSFER }, headers())
      const session = withSession.payment_collection.payment_sessions.find((s: { provider_id: string }) => s.provider_id === BANK_TRANSFER)
      const { data: completed } = await api.post(`/store/carts/${cart.cart.id}/complete`, {}, headers())
      expect(completed.type).toBe("order")
      return { order: completed.order as { id: string; display_id: number; total: number }, session: session as { data: Record<string, unknown> }, variants }
    }

    const paymentOf = async (orderId: string) =>
      (await api.get(`/admin/orders/${orderId}?fields=id,status,*payment_collections,*payment_collections.payments,*payment_collections.payments.captures`, auth.operator)).data.order
        .payment_collections[0].payments[0] as { id: string; captured_at: string | null; canceled_at: string | null; captures: unknown[] }
    const entriesOf = async (orderId: string): Promise<Entry[]> =>
      (await api.get(`/admin/revenue/entries?limit=200&order_id=${orderId}`, auth.operator)).data.entries
    /** The split runs from payment.captured after the confirm answers: wait until the ledger has the order's sale. */
    async function waitForSale(orderId: string) {
      for (let i = 0; i < 100; i++) {
        const entries = await entriesOf(orderId)
        if (entries.some((e) => e.kind === "sale")) return entries
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`the ledger never showed the sale of order ${orderId}`)
    }
    const storePayment = async (orderId: string) => (await api.get(`/store/orders/${orderId}/payment`, headers())).data.payment
    const confirm = (orderId: string, body: unknown, who = auth.jambi) => api.post(`/portal/facility/orders/${orderId}/confirm-transfer`, body, who)

    it("places a bank-transfer order awaiting payment, with the instructions on the session and the payment page", async () => {
      const { order, session } = await placeOrder([{ ...NASTAR, quantity: 2 }])
      expect(order.total).toBe(2 * 75_000 + 25_000)
      const data = session.data
      expect(data).toMatchObject({ bank_name: "Bank Mandiri", account_number: "1370012345678", account_holder: "Karya Lapas (rekening demo)", amount: 175_000, currency_code: "idr" })
      expect(data.reference).toMatch(REFERENCE)
      const expiresIn = new Date(data.expires_at as string).getTime() - Date.now()
      expect(expiresIn).toBeGreaterThan(23.9 * 3600_000)
      expect(expiresIn).toBeLessThanOrEqual(24 * 3600_000)

      // placed, not paid: authorized, nothing captured, nothing in the ledger
      const payment = await paymentOf(order.id)
      expect(payment.captured_at).toBeNull()
      expect(payment.captures).toHaveLength(0)
      expect(await entriesOf(order.id)).toHaveLength(0)

      const shown = await storePayment(order.id)
      expect(shown).toEqual({
        provider_id: BANK_TRANSFER,
        status: "awaiting",
        amount: 175_000,
        currency_code: "idr",
        transfer: { reference: data.reference, bank_name: "Bank Mandiri", account_number: "1370012345678", account_holder: "Karya Lapas (rekening demo)", expires_at: expect.any(String) },
      })
      // the deadline counts from the order, not from when the session was opened
      expect(new Date(shown.transfer.expires_at).getTime()).toBeGreaterThanOrEqual(new Date(data.expires_at as string).getTime())

      // two checkouts never share a reference
      const second = await placeOrder([{ ...NASTAR, quantity: 1 }])
      expect(second.session.data.reference).toMatch(REFERENCE)
      expect(second.session.data.reference).not.toBe(data.reference)

      expect((await expectError(api.get("/store/orders/order_missing/payment", headers()))).status).toBe(404)
      expect((await expectError(api.get(`/store/orders/${order.id}/payment`))).status).toBe(400) // no publishable key
    })

    it("lets a buyer look her order up by number and email, and tells a stranger nothing", async () => {
      const { order, session } = await placeOrder([{ ...NASTAR, quantity: 2 }, { ...ANGSO, quantity: 1 }])
      const { data } = await api.post("/store/orders/lookup", { email: BUYER.toUpperCase(), display_id: order.display_id }, headers())
      expect(data.order).toMatchObject({
        id: order.id,
        display_id: order.display_id,
        email: BUYER,
        payment_status: "awaiting",
        item_subtotal: 375_000,
        shipping_total: 25_000,
        discount_total: 0,
        total: 400_000,
        shipping_address: { city: "Jambi", province: "Jambi" },
      })
      expect(data.order.payment.transfer.reference).toBe(session.data.reference)
      expect(data.order.items).toEqual(expect.arrayContaining([
        expect.objectContaining({ quantity: 2, unit_price: 75_000, total: 150_000, product_handle: NASTAR.handle }),
        expect.objectContaining({ quantity: 1, unit_price: 225_000, total: 225_000, product_handle: ANGSO.handle }),
      ]))
      const body = JSON.stringify(data)
      for (const secret of ["Gatot Subroto", "36124", "081200001111", "Pembeli"]) expect(body).not.toContain(secret)
      expect(Object.keys(data.order.shipping_address).sort()).toEqual(["city", "province"])
      // as typed on a receipt: "#1042"
      expect((await api.post("/store/orders/lookup", { email: BUYER, display_id: `#${order.display_id}` }, headers())).data.order.id).toBe(order.id)

      const wrongEmail = await expectError(api.post("/store/orders/lookup", { email: "orang.lain@example.com", display_id: order.display_id }, headers()))
      const wrongNumber = await expectError(api.post("/store/orders/lookup", { email: BUYER, display_id: order.display_id + 1000 }, headers()))
      expect(wrongEmail.status).toBe(404)
      expect(wrongNumber.status).toBe(404)
      expect(wrongEmail.data).toEqual(wrongNumber.data)
      expect(JSON.stringify(wrongEmail.data)).not.toContain(order.id)

      for (const [body, field] of [
        [{ email: "bukan-email", display_id: order.display_id }, "email"],
        [{ display_id: order.display_id }, "email"],
        [{ email: BUYER, display_id: "satu" }, "display_id"],
        [{ email: BUYER, display_id: -3 }, "display_id"],
        [{ email: BUYER }, "display_id"],
      ] as const) {
        const bad = await expectError(api.post("/store/orders/lookup", body, headers()))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain(field)
      }
    })

    it("captures once when a manager confirms the exact amount: the split runs once, a second confirm changes nothing", async () => {
      const { order } = await placeOrder([{ ...NASTAR, quantity: 2 }, { ...ANGSO, quantity: 1 }])
      const { data: before } = await api.get(`/portal/facility/orders/${order.id}/transfer`, auth.jambi)
      expect(before.transfer).toMatchObject({ status: "awaiting", amount_due: 400_000, can_confirm: true, flags: [] })
      expect(before.transfer.reference).toMatch(REFERENCE)
      const { data: staffView } = await api.get(`/portal/facility/orders/${order.id}/transfer`, auth.jambiStaff)
      expect(staffView.transfer).toMatchObject({ can_confirm: false, cannot_confirm: "not_manager" })

      const { data } = await confirm(order.id, { amount_received: 400_000 })
      expect(data.outcome).toBe("captured")
      expect(data.transfer).toMatchObject({ status: "paid", amount_due: 400_000 })
      const payment = await paymentOf(order.id)
      expect(payment.captured_at).not.toBeNull()
      expect(payment.captures).toHaveLength(1)
      const entries = await waitForSale(order.id)
      expect(sum(entries)).toBe(375_000) // the goods; shipping is not split
      expect(await storePayment(order.id)).toMatchObject({ status: "paid" })

      const { data: again } = await confirm(order.id, { amount_received: 400_000 })
      expect(again.outcome).toBe("already_captured")
      await new Promise((r) => setTimeout(r, 500))
      expect((await paymentOf(order.id)).captures).toHaveLength(1)
      expect(await entriesOf(order.id)).toHaveLength(entries.length)
      // even with another amount: it is paid, nothing to flag
      expect((await confirm(order.id, { amount_received: 1 })).data.outcome).toBe("already_captured")
      expect((await api.get(`/portal/facility/orders/${order.id}/transfer`, auth.jambi)).data.transfer).toMatchObject({ status: "paid", can_confirm: false, flags: [] })
    })

    it("captures once and splits once when 20 confirms arrive at the same moment", async () => {
      const { order } = await placeOrder([{ ...NASTAR, quantity: 2 }, { ...ANGSO, quantity: 1 }])
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? api.post(`/admin/transfers/${order.id}/confirm`, { amount_received: 400_000 }, auth.operator) : confirm(order.id, { amount_received: 400_000 }))
            .then((r: { status: number; data: { outcome: string } }) => ({ status: r.status, outcome: r.data.outcome }))
        )
      )
      expect(results.every((r) => r.status === 200)).toBe(true)
      expect(results.filter((r) => r.outcome === "captured")).toHaveLength(1)
      expect(results.filter((r) => r.outcome === "already_captured")).toHaveLength(19)
      expect((await paymentOf(order.id)).captures).toHaveLength(1)
      const entries = await waitForSale(order.id)
      await new Promise((r) => setTimeout(r, 1000)) // any late subscriber
      const after = await entriesOf(order.id)
      expect(after).toHaveLength(entries.length)
      expect(sum(after)).toBe(375_000)
      expect(new Set(after.map((e) => e.payment_id)).size).toBe(1)
    })

    it("flags a different amount for staff, captures nothing, and captures once the total is confirmed", async () => {
      const { order } = await placeOrder([{ ...NASTAR, quantity: 1 }])
      expect(order.total).toBe(100_000)
      const short = await expectError(confirm(order.id, { amount_received: 90_000 }))
      expect(short.status).toBe(409)
      expect(short.data.message).toMatch(/^amount_received: /)
      expect(short.data.message).toContain("Rp 90.000")
      expect(short.data.message).toContain("Rp 100.000")
      // the same report again flags once
      expect((await expectError(confirm(order.id, { amount_received: 90_000 }))).status).toBe(409)
      const payment = await paymentOf(order.id)
      expect(payment.captured_at).toBeNull()
      expect(payment.captures).toHaveLength(0)
      await new Promise((r) => setTimeout(r, 500))
      expect(await entriesOf(order.id)).toHaveLength(0)

      expect(await storePayment(order.id)).toMatchObject({ status: "flagged" })
      const { data: portal } = await api.get(`/portal/facility/orders/${order.id}/transfer`, auth.jambi)
      expect(portal.transfer).toMatchObject({ status: "flagged", can_confirm: true })
      expect(portal.transfer.flags).toEqual([expect.objectContaining({ reason: "amount_mismatch", expected_amount: 100_000, received_amount: 90_000, resolved_at: null })])
      const { data: admin } = await api.get(`/admin/transfers/${order.id}`, auth.operator)
      expect(admin.transfer.flags).toHaveLength(1)
      const { data: open } = await api.get("/admin/payment-flags", auth.operator)
      expect(open.flags).toEqual([expect.objectContaining({ order_id: order.id, display_id: order.display_id, received_amount: 90_000 })])

      // the rest arrived: the manager confirms the total; the flag is resolved
      expect((await confirm(order.id, { amount_received: 100_000 })).data.outcome).toBe("captured")
      expect(sum(await waitForSale(order.id))).toBe(75_000)
      expect((await api.get("/admin/payment-flags", auth.operator)).data.count).toBe(0)
      const { data: done } = await api.get(`/portal/facility/orders/${order.id}/transfer`, auth.jambi)
      expect(done.transfer.status).toBe("paid")
      expect(done.transfer.flags[0].resolved_at).not.toBeNull()
    })

    it("lets only managers of the order's own facility confirm in the portal; operators confirm any order", async () => {
      const { order } = await placeOrder([{ ...NASTAR, quantity: 1 }])
      const staffTry = await expectError(confirm(order.id, { amount_received: 100_000 }, auth.jambiStaff))
      expect(staffTry.status).toBe(403)
      expect(staffTry.data.message).toContain("manager")
      const other = await expectError(confirm(order.id, { amount_received: 100_000 }, auth.palembang))
      expect(other.status).toBe(404)
      expect((await expectError(api.get(`/portal/facility/orders/${order.id}/transfer`, auth.palembang))).status).toBe(404)
      expect((await expectError(confirm(order.id, { amount_received: 100_000 }, { headers: { authorization: "Bearer nope" } }))).status).toBe(401)
      expect((await expectError(api.post(`/admin/transfers/${order.id}/confirm`, { amount_received: 100_000 }, auth.jambi))).status).toBe(401)
      expect((await paymentOf(order.id)).captures).toHaveLength(0)

      // goods of two facilities: each manager sees it, neither confirms it; the operator does
      const mixed = await placeOrder([{ ...NASTAR, quantity: 1 }, { ...SELENDANG, quantity: 1 }])
      const { data: view } = await api.get(`/portal/facility/orders/${mixed.order.id}/transfer`, auth.jambi)
      expect(view.transfer).toMatchObject({ can_confirm: false, cannot_confirm: "other_facilities" })
      const refused = await expectError(confirm(mixed.order.id, { amount_received: mixed.order.total }))
      expect(refused.status).toBe(403)
      expect(refused.data.message).toContain("other facilities")
      expect((await expectError(confirm(mixed.order.id, { amount_received: mixed.order.total }, auth.palembang))).status).toBe(403)
      const { data } = await api.post(`/admin/transfers/${mixed.order.id}/confirm`, { amount_received: mixed.order.total }, auth.operator)
      expect(data.outcome).toBe("captured")
      expect(sum(await waitForSale(mixed.order.id))).toBe(75_000 + 1_550_000)
      expect((await api.get(`/admin/transfers/${mixed.order.id}`, auth.operator)).data.transfer).toMatchObject({ status: "paid", can_confirm: false })
    })

    it("cancels an unpaid transfer past its deadline, releases the stock, and refuses a late confirm", async () => {
      const container = getContainer()
      const inventory = container.resolve(Modules.INVENTORY)
      const { order, variants } = await placeOrder([{ ...NASTAR, quantity: 3 }])
      const paid = await placeOrder([{ ...NASTAR, quantity: 1 }])
      await confirm(paid.order.id, { amount_received: paid.order.total })

      const { data: links } = await container.resolve("query").graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { id: variants[0] } })
      const itemId = (links[0] as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0]!.inventory_item_id
      const reserved = async () => sum((await inventory.listInventoryLevels({ inventory_item_id: itemId })).map((l) => ({ amount: Number(l.reserved_quantity) })))
      expect(await reserved()).toBe(4)

      // not yet: nothing happens
      expect(await expireUnpaidTransfers(container)).toMatchObject({ canceled: [] })
      expect(await storePayment(order.id)).toMatchObject({ status: "awaiting" })

      const later = new Date(Date.now() + 24 * 3600_000 + 60_000)
      const run = await expireUnpaidTransfers(container, later)
      expect(run.canceled).toEqual([order.display_id]) // the paid order is not touched
      expect(run.failed).toEqual([])
      const { data } = await api.get(`/admin/orders/${order.id}?fields=id,status`, auth.operator)
      expect(data.order.status).toBe("canceled")
      expect((await paymentOf(order.id)).canceled_at).not.toBeNull()
      expect(await reserved()).toBe(1) // the paid order's unit is still reserved
      expect(await storePayment(order.id)).toMatchObject({ status: "expired" })
      expect((await api.post("/store/orders/lookup", { email: BUYER, display_id: order.display_id }, headers())).data.order).toMatchObject({ status: "canceled", payment_status: "expired" })
      expect(await storePayment(paid.order.id)).toMatchObject({ status: "paid" })

      const late = await expectError(confirm(order.id, { amount_received: order.total }))
      expect(late.status).toBe(409)
      expect(late.data.message).toContain("canceled")
      expect(late.data.message).toContain("expired")
      const lateAdmin = await expectError(api.post(`/admin/transfers/${order.id}/confirm`, { amount_received: order.total }, auth.operator))
      expect(lateAdmin.status).toBe(409)
      expect((await paymentOf(order.id)).captures).toHaveLength(0)
      expect((await api.get(`/portal/facility/orders/${order.id}/transfer`, auth.jambi)).data.transfer).toMatchObject({ status: "expired", can_confirm: false })
      // a second run finds nothing more to do
      expect(await expireUnpaidTransfers(container, later)).toMatchObject({ checked: 0, canceled: [] })
    })

    it("answers bad input with 400 naming the field, and changes nothing", async () => {
      const { order } = await placeOrder([{ ...NASTAR, quantity: 1 }])
      for (const body of [{ amount_received: -1 }, { amount_received: 0 }, { amount_received: 100_000.5 }, { amount_received: "100000" }, {}, { amount_received: 100_000, note: "x" }]) {
        for (const request of [() => confirm(order.id, body), () => api.post(`/admin/transfers/${order.id}/confirm`, body, auth.operator)]) {
          const bad = await expectError(request())
          expect(bad.status).toBe(400)
          expect(bad.data.message).toMatch(/amount_received|note/)
        }
      }
      expect((await expectError(api.post("/admin/transfers/order_missing/confirm", { amount_received: 1 }, auth.operator))).status).toBe(404)
      expect((await expectError(confirm("order_missing", { amount_received: 1 }))).status).toBe(404)
      expect((await paymentOf(order.id)).captures).toHaveLength(0)
      expect((await api.get("/admin/payment-flags", auth.operator)).data.count).toBe(0)
    })
  },
})

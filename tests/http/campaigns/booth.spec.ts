// Booth sales at an expo on a real PostgreSQL: the CSR officer's tablet lists the expo's featured goods with price and
// stock at the expo's location; a sale (cash or QRIS) becomes an order in the expo's sales channel, takes the stock out
// of the location, captures its payment, splits it into the makers' ledger to the rupiah and is attributed to the expo;
// bad input is a 400 naming the field with nothing written (no order, reservation, payment, cart, ledger entry or
// attribution); an idempotency key returns the first order; another program's officer gets 404 and everybody else
// 401; the demo seed places its booth sales once. Every test starts from the seeded store (test-utils restores it).
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { boothSales, DEMO_CSR, DEMO_OPERATOR, DEMO_STAFF_PASSWORD, participants, seedBoothSales, staff, type SeedResult } from "@karya/seed"
import { backendDir, expectError, seedStore } from "../../helpers/medusa"

type Bearer = { headers: { authorization: string } }
type Entry = { kind: string; account_type: string; account_id: string; share: string | null; amount: number; product_id: string | null }
type BoothVariant = { id: string; title: string; sku: string; price: number; stock: number | null }
type BoothProduct = { id: string; title: string; handle: string; facility: { name: string }; variants: BoothVariant[] }
type BoothOrder = {
  id: string
  display_id: number
  total: number
  currency_code: string
  items: { title: string; variant_title: string; quantity: number; unit_price: number; total: number }[]
  payment_method: string
  payment_reference: string | null
  payment_status: string
  placed_at: string
}
type ExpoOrderRow = { order_id: string; expo_id: string; program_id: string; source: string; payment_method: string | null; recorded_by: string | null }

const PATRA_CSR = { email: "csr.patra@example.com", password: "patra-rahasia-123", name: "Tim CSR PATRA" }
const email = (facility: string) => staff.find((s) => s.facility === facility && s.role === "manager")!.email
const registration = (key: string) => participants.find((p) => p.key === key)!.registration_number
const sum = (entries: { amount: number }[]) => entries.reduce((s, e) => s + e.amount, 0)

const TEMPE_ORI = "KL-PLG-MR-TEMPE-ORI" // Keripik Tempe Original, Rp 20.000
const ROTI_CKL = "KL-PLG-KR-ROTI-CKL" // Roti Manis Cokelat, Rp 30.000
const LIMAR = "KL-PLG-SG-LIMAR-SLD" // Selendang Songket Limar, Rp 1.550.000, 4 in stock
const NASTAR = "KL-JMB-KR-NASTAR-250" // Jambi, not featured at SMEXPO 2026

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    const auth: Record<string, Bearer> = {}
    const ids: Record<string, string> = {}

    const token = async (actor: string, address: string, password: string): Promise<Bearer> => ({
      headers: { authorization: `Bearer ${(await api.post(`/auth/${actor}/emailpass`, { email: address, password })).data.token}` },
    })
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    beforeEach(async () => {
      auth.operator = await token("user", DEMO_OPERATOR.email, DEMO_OPERATOR.password)
      const { data: programs } = await api.get("/admin/campaigns/programs", auth.operator)
      for (const p of programs.programs as { id: string; handle: string }[]) ids[p.handle] = p.id
      await api.post("/admin/campaigns/csr-staff", { ...PATRA_CSR, program_ids: [ids["patra-academy"]] }, auth.operator)
      auth.srikandi = await token("csr_staff", DEMO_CSR.email, DEMO_CSR.password)
      auth.patra = await token("csr_staff", PATRA_CSR.email, PATRA_CSR.password)
      auth.palembang = await token("facility_staff", email("lpp-palembang"), DEMO_STAFF_PASSWORD)
      auth.customer = {
        headers: {
          authorization: `Bearer ${(await api.post("/auth/customer/emailpass/register", { email: "pembeli@example.com", password: "rahasia-123" })).data.token}`,
        },
      }
      const { data: expos } = await api.get("/portal/csr/expos", auth.srikandi)
      const expo = (expos.expos as { id: string; handle: string; sales_channel_id: string }[]).find((e) => e.handle === "smexpo-2026")!
      ids.expo = expo.id
      ids.channel = expo.sales_channel_id
      ids.csr = (await api.get("/portal/csr/me", auth.srikandi)).data.staff.id
    })

    const booth = async () => (await api.get(`/portal/csr/expos/${ids.expo}/booth`, auth.srikandi)).data as { expo: { id: string; handle: string; name: string }; products: BoothProduct[] }
    const variantOf = async (sku: string) => {
      const { data } = await query().graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku } })
      return (data[0] as { id: string }).id
    }
    const stockOf = async (sku: string) => (await booth()).products.flatMap((p) => p.variants).find((v) => v.sku === sku)!.stock
    /** The variant's inventory level at the store's location (the expo's channel sells from it). */
    const levelOf = async (sku: string) => {
      const { data } = await query().graph({
        entity: "product_variant",
        fields: [
          "id",
          "inventory_items.inventory.location_levels.location_id",
          "inventory_items.inventory.location_levels.stocked_quantity",
          "inventory_items.inventory.location_levels.reserved_quantity",
        ],
        filters: { sku },
      })
      type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number }
      const levels = (data[0] as { inventory_items: { inventory: { location_levels: Level[] } }[] }).inventory_items[0]!.inventory.location_levels
      const level = levels.find((l) => l.location_id === seed.stockLocationId)!
      return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
    }
    const sell = (body: object, who: Bearer = auth.srikandi!) => api.post(`/portal/csr/expos/${ids.expo}/orders`, body, who)
    const entriesOf = async (orderId: string): Promise<Entry[]> =>
      (await api.get(`/admin/revenue/entries?limit=200&order_id=${orderId}`, auth.operator)).data.entries
    /** The split runs from payment.captured once the sale has answered: wait for the order's ledger entries. */
    async function waitForSale(orderId: string) {
      for (let i = 0; i < 100; i++) {
        const entries = await entriesOf(orderId)
        if (entries.some((e) => e.kind === "sale")) return entries
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`the ledger never showed the sale of order ${orderId}`)
    }
    const attributions = async (filters: object = {}) =>
      (await getContainer().resolve<{ listExpoOrders(f: object): Promise<ExpoOrderRow[]> }>("campaigns").listExpoOrders(filters))
    /** Everything a sale writes, counted. */
    const written = async () => {
      const container = getContainer()
      const { data: orders } = await query().graph({ entity: "order", fields: ["id"] })
      return {
        orders: orders.length,
        carts: (await container.resolve(Modules.CART).listCarts({ sales_channel_id: ids.channel })).length,
        reservations: (await container.resolve(Modules.INVENTORY).listReservationItems({})).length,
        payments: (await container.resolve(Modules.PAYMENT).listPayments({})).length,
        ledger: (await api.get("/admin/revenue/entries?limit=1", auth.operator)).data.count as number,
        attributions: (await attributions()).length,
      }
    }

    it("lists the expo's featured goods for the booth with price and the stock at the expo's location", async () => {
      const { expo, products } = await booth()
      expect(expo).toMatchObject({ id: ids.expo, handle: "smexpo-2026", name: "SMEXPO 2026" })
      expect(products.map((p) => p.handle).sort()).toEqual(
        ["bolu-kojo-pandan", "keripik-tempe-srikandi", "roti-manis-srikandi", "selendang-songket-limar", "songket-lepus-benang-emas-merah"].sort()
      )
      const tempe = products.find((p) => p.handle === "keripik-tempe-srikandi")!
      expect(tempe.facility).toEqual({ name: "LPP Kelas IIA Palembang" })
      expect(tempe.variants.find((v) => v.sku === TEMPE_ORI)).toMatchObject({ price: 20_000, stock: 120 })
      expect(products.flatMap((p) => p.variants).find((v) => v.sku === LIMAR)).toMatchObject({ price: 1_550_000, stock: 4 })
      const body = JSON.stringify(products)
      expect(body).not.toContain("KL-JMB") // nothing of another facility's catalogue
      for (const p of participants) {
        expect(body).not.toContain(p.legal_name)
        expect(body).not.toContain(p.registration_number)
      }
    })

    it("sells for cash: an order in the expo's channel, stock out of its location, payment captured, ledger split, attributed", async () => {
      // Keripik tempe is made by two women of LPP Palembang, 2 : 1
      const { data: people } = await api.get("/portal/facility/participants?limit=100", auth.palembang)
      const participantId = (key: string) =>
        (people.participants as { id: string; registration_number: string }[]).find((p) => p.registration_number === registration(key))!.id
      const { data: catalogue } = await api.get("/portal/facility/products?limit=100", auth.palembang)
      const tempeId = (catalogue.products as { id: string; handle: string }[]).find((p) => p.handle === "keripik-tempe-srikandi")!.id
      await api.post(`/portal/facility/products/${tempeId}/makers`, {
        makers: [
          { participant_id: participantId("plg-4"), weight: 2 },
          { participant_id: participantId("plg-1"), weight: 1 },
        ],
      }, auth.palembang)

      const before = { tempe: await stockOf(TEMPE_ORI), roti: await stockOf(ROTI_CKL), level: await levelOf(TEMPE_ORI) }
      const { status, data } = await sell({
        items: [
          { variant_id: await variantOf(TEMPE_ORI), quantity: 3 },
          { variant_id: await variantOf(ROTI_CKL), quantity: 1 },
        ],
        payment_method: "cash",
      })
      expect(status).toBe(201)
      const order = data.order as BoothOrder
      expect(order).toMatchObject({ total: 90_000, currency_code: "idr", payment_method: "cash", payment_status: "captured", payment_reference: null })
      expect(order.items.sort((a, b) => a.title.localeCompare(b.title))).toEqual([
        { title: "Keripik Tempe", variant_title: "Original", quantity: 3, unit_price: 20_000, total: 60_000 },
        { title: "Roti Manis (isi 6)", variant_title: "Cokelat", quantity: 1, unit_price: 30_000, total: 30_000 },
      ])
      expect(Number.isInteger(order.display_id)).toBe(true)

      // the order lives in the expo's sales channel, without shipping, its payment taken by the system provider
      const { data: admin } = await api.get(
        `/admin/orders/${order.id}?fields=id,sales_channel_id,shipping_total,*shipping_methods,*payment_collections.payments`,
        auth.operator
      )
      expect(admin.order.sales_channel_id).toBe(ids.channel)
      expect(admin.order.shipping_methods).toEqual([])
      const [payment] = admin.order.payment_collections[0].payments
      expect(payment.provider_id).toBe("pp_system_default")
      expect(payment.captured_at).not.toBeNull()
      expect(admin.order.payment_collections[0].payments).toHaveLength(1)

      // the stock left the expo's location: the buyer carried it away (fulfilled, nothing still reserved)
      expect(await stockOf(TEMPE_ORI)).toBe(before.tempe! - 3)
      expect(await stockOf(ROTI_CKL)).toBe(before.roti! - 1)
      expect(await levelOf(TEMPE_ORI)).toEqual({ stocked: before.level.stocked - 3, reserved: before.level.reserved })
      const { data: facilityOrder } = await api.get(`/portal/facility/orders/${order.id}`, auth.palembang)
      expect(facilityOrder.order).toMatchObject({ fulfillment_status: "fulfilled", payment_status: "completed" })
      expect(facilityOrder.order.fulfillments).toEqual([expect.objectContaining({ kind: "pickup" })])

      // the makers' ledger: goods only, every line split to the rupiah (50% premi, 15% PNBP, 35% capital)
      const entries = await waitForSale(order.id)
      expect(sum(entries)).toBe(90_000)
      const tempe = entries.filter((e) => e.product_id === tempeId)
      expect(sum(tempe)).toBe(60_000)
      const premi = (participant: string) => sum(tempe.filter((e) => e.share === "premi" && e.account_id === participant))
      expect(premi(participantId("plg-4"))).toBe(20_000)
      expect(premi(participantId("plg-1"))).toBe(10_000)
      expect(sum(tempe.filter((e) => e.share === "pnbp"))).toBe(9_000)
      expect(sum(tempe.filter((e) => e.share === "capital"))).toBe(21_000)
      const roti = entries.filter((e) => e.product_id !== tempeId)
      expect(sum(roti)).toBe(30_000)
      expect(sum(roti.filter((e) => e.share === "premi"))).toBe(15_000)
      expect(entries.every((e) => e.kind === "sale" && Number.isInteger(e.amount) && e.amount > 0)).toBe(true)

      // attributed to the expo as a booth sale, paid in cash, recorded by the officer
      expect(await attributions({ order_id: order.id })).toEqual([
        expect.objectContaining({ expo_id: ids.expo, program_id: ids["srikandi-mandiri"], source: "booth", payment_method: "cash", recorded_by: ids.csr }),
      ])
      const { data: list } = await api.get(`/portal/csr/expos/${ids.expo}/orders`, auth.srikandi)
      expect(list.count).toBe(1)
      expect(list.orders).toEqual([
        { id: order.id, display_id: order.display_id, status: "pending", total: 90_000, source: "booth", payment_method: "cash", placed_at: order.placed_at, items_count: 4 },
      ])
    })

    it("sells for QRIS with its reference and a receipt email; the last pieces in stock and no more", async () => {
      const limar = await variantOf(LIMAR)
      const { status, data } = await sell({
        items: [{ variant_id: limar, quantity: 3 }],
        payment_method: "qris",
        payment_reference: "QRIS-261204-0193",
        email: "Rina.Pengunjung@Example.com",
      })
      expect(status).toBe(201)
      expect(data.order).toMatchObject({ total: 4_650_000, payment_method: "qris", payment_reference: "QRIS-261204-0193", payment_status: "captured" })
      const { data: admin } = await api.get(`/admin/orders/${data.order.id}?fields=id,email`, auth.operator)
      expect(admin.order.email).toBe("rina.pengunjung@example.com")
      expect(await stockOf(LIMAR)).toBe(1)
      expect(sum(await waitForSale(data.order.id))).toBe(4_650_000)
      expect(await attributions({ order_id: data.order.id })).toEqual([expect.objectContaining({ source: "booth", payment_method: "qris" })])

      // one left: two is too many, and the refusal names the line; one is fine
      const before = await written()
      const tooMany = await expectError(sell({ items: [{ variant_id: limar, quantity: 2 }], payment_method: "qris" }))
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toContain("items[0].quantity")
      expect(tooMany.data.message).toContain("only 1")
      expect(await written()).toEqual(before)
      expect((await sell({ items: [{ variant_id: limar, quantity: 1 }], payment_method: "cash" })).status).toBe(201)
      expect(await stockOf(LIMAR)).toBe(0)
    })

    it("sells the last pieces once when two tablets sell them at the same moment, and undoes the refused sale", async () => {
      const limar = await variantOf(LIMAR)
      const before = await written()
      const level = await levelOf(LIMAR)
      // 4 in stock, 3 each: the sales of one item take turns (backend checkout-stock-lock), so the second finds 1 left
      const results = await Promise.allSettled([1, 2].map(() => sell({ items: [{ variant_id: limar, quantity: 3 }], payment_method: "cash" })))
      const sold = results.filter((r) => r.status === "fulfilled")
      const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { response: { status: number } }).response] : []))
      expect(sold).toHaveLength(1)
      expect(refused).toHaveLength(1)
      expect(refused[0]!.status).toBeGreaterThanOrEqual(400)
      expect(refused[0]!.status).toBeLessThan(500)
      // the refused sale left nothing behind: one order, one payment, one attribution, its reservation gone
      const after = await written()
      expect(after).toEqual({ ...before, orders: before.orders + 1, payments: before.payments + 1, attributions: before.attributions + 1, ledger: after.ledger })
      expect(await levelOf(LIMAR)).toEqual({ stocked: level.stocked - 3, reserved: level.reserved })
      expect(await stockOf(LIMAR)).toBe(1)
    })

    it("answers bad input with a 400 naming the field, and writes nothing", async () => {
      const tempe = await variantOf(TEMPE_ORI)
      const line = { variant_id: tempe, quantity: 1 }
      const cases: [object, string][] = [
        [{ items: [{ variant_id: await variantOf(NASTAR), quantity: 1 }], payment_method: "cash" }, "items[0].variant_id"],
        [{ items: [line, { variant_id: "variant_tidak_ada", quantity: 1 }], payment_method: "cash" }, "items[1].variant_id"],
        [{ items: [line, line], payment_method: "cash" }, "items[1].variant_id"],
        [{ items: [{ variant_id: await variantOf(LIMAR), quantity: 5 }], payment_method: "cash" }, "items[0].quantity"],
        [{ items: [{ variant_id: tempe, quantity: 0 }], payment_method: "cash" }, "quantity"],
        [{ items: [{ variant_id: tempe, quantity: 101 }], payment_method: "cash" }, "quantity"],
        [{ items: [{ variant_id: tempe, quantity: 1.5 }], payment_method: "cash" }, "quantity"],
        [{ items: [], payment_method: "cash" }, "items"],
        [{ items: Array.from({ length: 51 }, () => line), payment_method: "cash" }, "items"],
        [{ payment_method: "cash" }, "items"],
        [{ items: [line], payment_method: "card" }, "payment_method"],
        [{ items: [line] }, "payment_method"],
        [{ items: [line], payment_method: "qris", payment_reference: "x".repeat(65) }, "payment_reference"],
        [{ items: [line], payment_method: "qris", payment_reference: "<script>" }, "payment_reference"],
        [{ items: [line], payment_method: "cash", email: "bukan-email" }, "email"],
        [{ items: [line], payment_method: "cash", idempotency_key: "pendek" }, "idempotency_key"],
        [{ items: [line], payment_method: "cash", unit_price: 1 }, "unit_price"],
      ]
      const before = await written()
      for (const [body, field] of cases) {
        const response = await expectError(sell(body))
        expect(response.status, field).toBe(400)
        expect(response.data.message, field).toContain(field)
      }
      expect(await written()).toEqual(before)
      expect(await stockOf(TEMPE_ORI)).toBe(120)
    })

    it("places one order per idempotency key, however often and however concurrently it is sent", async () => {
      const body = { items: [{ variant_id: await variantOf(ROTI_CKL), quantity: 2 }], payment_method: "cash", idempotency_key: "tablet-1:0001" }
      const before = await written()
      const first = await sell(body)
      expect(first.status).toBe(201)
      const again = await sell(body)
      expect(again.status).toBe(200)
      expect(again.data.order).toEqual(first.data.order)
      // a tablet retrying three times at once with its next sale's key
      const retries = await Promise.all([1, 2, 3].map(() => sell({ ...body, idempotency_key: "tablet-1:0002" })))
      expect(new Set(retries.map((r) => r.data.order.id)).size).toBe(1)
      expect(retries.map((r) => r.status).sort()).toEqual([200, 200, 201])
      expect(retries[0]!.data.order.id).not.toBe(first.data.order.id)
      const after = await written()
      expect(after.orders).toBe(before.orders + 2)
      expect(after.payments).toBe(before.payments + 2)
      expect(after.attributions).toBe(before.attributions + 2)
      expect(await stockOf(ROTI_CKL)).toBe(30 - 4)
      expect((await api.get(`/portal/csr/expos/${ids.expo}/orders`, auth.srikandi)).data.count).toBe(2)
    })

    it("keeps another program's officer out with 404 and everybody else with 401, and writes nothing", async () => {
      const body = { items: [{ variant_id: await variantOf(TEMPE_ORI), quantity: 1 }], payment_method: "cash" }
      const routes: [string, string, object?][] = [
        ["get", `/portal/csr/expos/${ids.expo}/booth`],
        ["get", `/portal/csr/expos/${ids.expo}/orders`],
        ["post", `/portal/csr/expos/${ids.expo}/orders`, body],
      ]
      const before = await written()
      for (const [method, path, data] of routes) {
        const response = await expectError(method === "get" ? api.get(path, auth.patra) : api.post(path, data, auth.patra))
        expect(response.status, `patra ${method} ${path}`).toBe(404)
        expect(JSON.stringify(response.data)).not.toContain("SMEXPO")
        for (const who of [undefined, "customer", "palembang", "operator"]) {
          const config = who ? auth[who]! : {}
          const denied = await expectError(method === "get" ? api.get(path, config) : api.post(path, data, config))
          expect(denied.status, `${who ?? "anonymous"} ${method} ${path}`).toBe(401)
          expect(JSON.stringify(denied.data)).not.toContain("Keripik")
        }
      }
      expect((await expectError(api.get("/portal/csr/expos/expo_tidak_ada/booth", auth.srikandi))).status).toBe(404)
      expect(await written()).toEqual(before)
    })

    it("seeds the demo booth sales once, each attributed and split into the ledger", async () => {
      const first = await seedBoothSales(getContainer())
      expect(first.ordersCreated).toBe(boothSales.length)
      const { data: list } = await api.get(`/portal/csr/expos/${ids.expo}/orders?limit=50`, auth.srikandi)
      expect(list.count).toBe(boothSales.length)
      expect(list.orders.every((o: { source: string }) => o.source === "booth")).toBe(true)
      expect(list.orders.map((o: { payment_method: string }) => o.payment_method).sort()).toEqual(boothSales.map((s) => s.payment_method).sort())
      for (const o of list.orders as { id: string; total: number }[]) expect(sum(await entriesOf(o.id))).toBe(o.total)

      const again = await seedBoothSales(getContainer())
      expect(again).toEqual({ ordersCreated: 0, ledgerEntriesWritten: 0 })
      expect((await api.get(`/portal/csr/expos/${ids.expo}/orders`, auth.srikandi)).data.count).toBe(boothSales.length)
    })
  },
})

// Oversell under concurrent checkouts, on a real PostgreSQL: a variant with 10 in stock at the store's location, 50
// buyers completing their carts at the same moment → exactly 10 orders, 40 clear out-of-stock answers (4xx in Medusa's
// error shape, never a 5xx), nothing reserved beyond the stock, and nothing paid, captured or in the ledger for a
// refused cart. Then booth sales at an expo (which sells from the same location) racing store checkouts for the last
// pieces: exactly as many sold as were in stock, whoever wins. Each run prints its figures. Without
// backend/src/api/checkout-stock-lock.ts, Medusa does not oversell but answers late buyers with 500s (its reservation
// lock gives up after 5 s); see that file.
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEMO_CSR, DEMO_OPERATOR, type SeedResult } from "@karya/seed"
import { backendDir, expectError, seedStore, storeHeaders, type ErrorBody } from "../../helpers/medusa"

type Bearer = { headers: { authorization: string } }
type Answer = { status: number; data: { type?: string; order?: { id: string }; message?: string } & Partial<ErrorBody> }

const BANK_TRANSFER = "pp_bank-transfer_bank-transfer"
const NASTAR = { handle: "nastar-nanas-lapuanja", sku: "KL-JMB-KR-NASTAR-250" } // Jambi, Rp 75.000
const TEMPE = { handle: "keripik-tempe-srikandi", sku: "KL-PLG-MR-TEMPE-ORI" } // Palembang, Rp 20.000, featured at SMEXPO 2026
// what the storefront reads as "out of stock" (storefront cart-errors.ts), and the booth's "only 0 … in stock"
const OUT_OF_STOCK = /required inventory|insufficient.inventory|out of stock|not enough stock|only \d+ of .* in stock/i

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
      auth.operator = await token("user", DEMO_OPERATOR.email, DEMO_OPERATOR.password)
      auth.csr = await token("csr_staff", DEMO_CSR.email, DEMO_CSR.password)
    })

    const headers = () => storeHeaders(seed.publishableKey)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    async function variantOf(item: { handle: string; sku: string }) {
      const { data } = await query().graph({ entity: "product_variant", fields: ["id", "sku", "inventory_items.inventory_item_id"], filters: { sku: item.sku } })
      const variant = data[0] as { id: string; inventory_items: { inventory_item_id: string }[] }
      return { variantId: variant.id, itemId: variant.inventory_items[0]!.inventory_item_id }
    }

    /** Sets the stock at the store's location the way staff would (nothing reserved before the race). */
    async function stockAt(itemId: string, stocked: number) {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: seed.stockLocationId, stocked_quantity: stocked }])
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: seed.stockLocationId })
      expect(Number(level!.stocked_quantity)).toBe(stocked)
      expect(Number(level!.reserved_quantity)).toBe(0)
    }

    async function levelOf(itemId: string) {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: seed.stockLocationId })
      const stocked = Number(level!.stocked_quantity)
      const reserved = Number(level!.reserved_quantity)
      const reservations = await inventory.listReservationItems({ inventory_item_id: itemId, location_id: seed.stockLocationId })
      return { stocked, reserved, available: stocked - reserved, reservations: reservations.reduce((s, r) => s + Number(r.quantity), 0) }
    }

    /** The storefront's checkout up to the last click: cart with one piece, address, courier, bank-transfer session. */
    async function readyCart(variantId: string, n: number) {
      const { data } = await api.post("/store/carts", {
        region_id: seed.regionId,
        email: `pembeli.${n}@example.com`,
        items: [{ variant_id: variantId, quantity: 1 }],
        shipping_address: { first_name: "Dewi", last_name: `Pembeli ${n}`, address_1: "Jl. Gatot Subroto 5", city: "Jambi", province: "Jambi", postal_code: "36124", country_code: "id", phone: "081200001111" },
      }, headers())
      const cartId = data.cart.id as string
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers())
      const reguler = options.shipping_options.find((o: { name: string }) => o.name === "Kurir Reguler")
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: reguler.id }, headers())
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, headers())
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: BANK_TRANSFER }, headers())
      return { cartId }
    }

    /**
     * Prepares the carts: the first one through the storefront's requests, the others copied from it in bulk with
     * Medusa's cart and payment modules (same lines, prices, tax lines, address, courier, a bank-transfer session of
     * their own). 50 checkouts through HTTP cost a minute on a busy 2-core machine; the race is the completion.
     */
    async function readyCarts(variantId: string, count: number) {
      const { cartId: firstId } = await readyCart(variantId, 0)
      const container = getContainer()
      const cartModule = container.resolve(Modules.CART)
      const paymentModule = container.resolve(Modules.PAYMENT)
      const first = await cartModule.retrieveCart(firstId, {
        relations: ["items", "items.tax_lines", "items.adjustments", "shipping_methods", "shipping_methods.tax_lines", "shipping_address"],
      })
      const { data: links } = await query().graph({ entity: "cart", fields: ["payment_collection.amount"], filters: { id: firstId } })
      const amount = Number((links[0] as { payment_collection: { amount: unknown } }).payment_collection.amount)
      const strip = <T extends object>(row: T, drop: string[]) =>
        Object.fromEntries(Object.entries(row).filter(([k, v]) => !drop.includes(k) && v !== null && v !== undefined && !k.startsWith("raw_")))
      const common = ["id", "created_at", "updated_at", "deleted_at", "cart_id", "cart", "item_id", "item", "shipping_method_id", "shipping_method"]
      const copies = await cartModule.createCarts(
        Array.from({ length: count - 1 }, (_, i) => ({
          region_id: first.region_id!,
          sales_channel_id: first.sales_channel_id!,
          currency_code: first.currency_code,
          email: `pembeli.${i + 1}@example.com`,
          shipping_address: { ...strip(first.shipping_address!, common), last_name: `Pembeli ${i + 1}` },
          items: first.items!.map((item) => ({
            ...strip(item, [...common, "tax_lines", "adjustments", "subtotal", "total", "original_total", "discount_total", "tax_total"]),
            tax_lines: (item.tax_lines ?? []).map((t) => strip(t, common)),
            adjustments: (item.adjustments ?? []).map((a) => strip(a, common)),
          })),
          shipping_methods: first.shipping_methods!.map((sm) => ({
            ...strip(sm, [...common, "tax_lines", "adjustments", "subtotal", "total", "original_total", "discount_total", "tax_total"]),
            tax_lines: (sm.tax_lines ?? []).map((t) => strip(t, common)),
          })),
        })) as never
      )
      const collections = await paymentModule.createPaymentCollections(copies.map(() => ({ currency_code: first.currency_code, amount })))
      await container.resolve(ContainerRegistrationKeys.LINK).create(
        copies.map((cart, i) => ({ [Modules.CART]: { cart_id: cart.id }, [Modules.PAYMENT]: { payment_collection_id: collections[i]!.id } }))
      )
      for (const collection of collections) {
        await paymentModule.createPaymentSession(collection.id, { provider_id: BANK_TRANSFER, currency_code: first.currency_code, amount, data: {} })
      }
      return [firstId, ...copies.map((c) => c.id)]
    }

    const answer = async (request: Promise<{ status: number; data: Answer["data"] }>): Promise<Answer> => {
      try {
        const { status, data } = await request
        return { status, data }
      } catch (error) {
        const response = (error as { response?: Answer }).response
        if (response) return { status: response.status, data: response.data }
        throw error
      }
    }
    const complete = (cartId: string) => answer(api.post(`/store/carts/${cartId}/complete`, {}, headers()))

    /** Orders that hold the variant, with their payments (authorized / captured) and ledger entries. */
    async function ordersOf(variantId: string) {
      const { data } = await query().graph({
        entity: "order",
        fields: ["id", "items.variant_id", "items.quantity", "payment_collections.payments.id", "payment_collections.payments.captured_at"],
      })
      type Row = { id: string; items: { variant_id: string; quantity: number }[]; payment_collections?: { payments?: { id: string; captured_at: string | null }[] }[] }
      return (data as Row[]).filter((o) => o.items.some((i) => i.variant_id === variantId))
    }
    const ledgerCount = async () => (await api.get("/admin/revenue/entries?limit=1", auth.operator)).data.count as number
    const entriesOf = async (orderId: string): Promise<unknown[]> =>
      (await api.get(`/admin/revenue/entries?limit=200&order_id=${orderId}`, auth.operator)).data.entries
    /** The split runs from payment.captured after the sale has answered: wait for the order's ledger entries. */
    async function waitForSale(orderId: string) {
      for (let i = 0; i < 100; i++) {
        const entries = await entriesOf(orderId)
        if (entries.length) return entries
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`the ledger never showed the sale of order ${orderId}`)
    }
    const isOutOfStock = (a: Answer) => a.status >= 400 && a.status < 500 && typeof a.data.type === "string" && OUT_OF_STOCK.test(a.data.message ?? "")

    it("sells 10 pieces to 50 buyers completing at once: 10 orders, 40 clear out-of-stock answers, stock never negative", async () => {
      const { variantId, itemId } = await variantOf(NASTAR)
      await stockAt(itemId, 10)
      const started = Date.now()
      const carts = await readyCarts(variantId, 50)
      const prepared = Date.now()
      const ledgerBefore = await ledgerCount()
      const payments = getContainer().resolve(Modules.PAYMENT)
      const paymentsBefore = (await payments.listPayments({})).length

      const answers = await Promise.all(carts.map(complete))
      const raced = Date.now()

      const placed = answers.filter((a) => a.status === 200 && a.data.type === "order")
      const refused = answers.filter(isOutOfStock)
      const other = answers.filter((a) => !placed.includes(a) && !refused.includes(a))
      expect(other.map((a) => `${a.status} ${a.data.type}: ${a.data.message}`)).toEqual([])
      expect(placed).toHaveLength(10)
      expect(refused).toHaveLength(40)
      expect(answers.some((a) => a.status >= 500)).toBe(false)
      expect(new Set(placed.map((a) => a.data.order!.id)).size).toBe(10)

      const level = await levelOf(itemId)
      expect(level).toEqual({ stocked: 10, reserved: 10, available: 0, reservations: 10 })

      // exactly the 10 orders exist, each with its one authorized (not captured) payment; the refused 40 left nothing
      const orders = await ordersOf(variantId)
      expect(orders.map((o) => o.id).sort()).toEqual(placed.map((a) => a.data.order!.id).sort())
      const orderPayments = orders.flatMap((o) => (o.payment_collections ?? []).flatMap((c) => c.payments ?? []))
      expect(orderPayments).toHaveLength(10)
      expect(orderPayments.every((p) => p.captured_at === null)).toBe(true)
      expect((await payments.listPayments({})).length).toBe(paymentsBefore + 10)
      expect(await ledgerCount()).toBe(ledgerBefore)
      // a refused cart stays open (not completed) and can be fixed by the buyer; it has no order
      const refusedCart = carts[answers.indexOf(refused[0]!)]!
      const { data: still } = await api.get(`/store/carts/${refusedCart}?fields=id,completed_at`, headers())
      expect(still.cart.completed_at).toBeNull()
      // and trying again changes nothing
      const again = await complete(refusedCart)
      expect(isOutOfStock(again)).toBe(true)
      // the stock check in front of Medusa's route tells nothing to a request without the publishable key
      const keyless = await expectError(api.post(`/store/carts/${refusedCart}/complete`, {}))
      expect(keyless.status).toBe(400)
      expect(keyless.data.message).not.toMatch(OUT_OF_STOCK)
      expect(await levelOf(itemId)).toEqual(level)

      console.log(
        `oversell: 50 checkouts, ${placed.length} orders, ${refused.length} out-of-stock, stocked ${level.stocked}, reserved ${level.reserved}, available ${level.available}` +
          ` (carts ready in ${prepared - started} ms, race ${raced - prepared} ms; refusal: "${refused[0]!.data.message}")`
      )
    })

    it("sells the last 6 pieces once when booth sales and store checkouts race for them", async () => {
      const { variantId, itemId } = await variantOf(TEMPE)
      await stockAt(itemId, 6)
      const { data: expos } = await api.get("/portal/csr/expos", auth.csr)
      const expo = (expos.expos as { id: string; handle: string }[]).find((e) => e.handle === "smexpo-2026")!
      const carts = await readyCarts(variantId, 10)
      const ledgerBefore = await ledgerCount()

      const sell = () => answer(api.post(`/portal/csr/expos/${expo.id}/orders`, { items: [{ variant_id: variantId, quantity: 1 }], payment_method: "cash" }, auth.csr))
      // interleaved, all at once: 10 checkouts and 10 booth sales for 6 pieces
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? sell() : complete(carts[i / 2]!))))
      const checkouts = answers.filter((_, i) => i % 2 === 0)
      const boothSales = answers.filter((_, i) => i % 2 === 1)

      const storeOrders = checkouts.filter((a) => a.status === 200 && a.data.type === "order")
      const boothOrders = boothSales.filter((a) => a.status === 201)
      const refused = answers.filter(isOutOfStock)
      expect(answers.filter((a) => !storeOrders.includes(a) && !boothOrders.includes(a) && !refused.includes(a)).map((a) => `${answers.indexOf(a) % 2 ? "booth" : "store"} ${a.status}: ${a.data.message}`)).toEqual([])
      expect(storeOrders.length + boothOrders.length).toBe(6)
      expect(refused).toHaveLength(14)

      // booth sales are handed over on the spot (the stock leaves the location); store orders stay reserved
      const level = await levelOf(itemId)
      expect(level).toEqual({ stocked: 6 - boothOrders.length, reserved: storeOrders.length, available: 0, reservations: storeOrders.length })
      const orders = await ordersOf(variantId)
      expect(orders).toHaveLength(6)
      // only the booth sales were paid (cash at the booth): one capture each, and ledger entries for them alone
      const captured = orders.flatMap((o) => (o.payment_collections ?? []).flatMap((c) => c.payments ?? [])).filter((p) => p.captured_at !== null)
      expect(captured).toHaveLength(boothOrders.length)
      let boothEntries = 0
      for (const sale of boothOrders) boothEntries += (await waitForSale((sale.data as { order: { id: string } }).order.id)).length
      await new Promise((r) => setTimeout(r, 500)) // any late subscriber
      expect(await ledgerCount()).toBe(ledgerBefore + boothEntries)
      expect((await expectError(api.post(`/portal/csr/expos/${expo.id}/orders`, { items: [{ variant_id: variantId, quantity: 1 }], payment_method: "cash" }, auth.csr))).status).toBe(400)

      console.log(
        `oversell (booth vs store): 20 attempts for 6 pieces, ${boothOrders.length} booth + ${storeOrders.length} store orders, ${refused.length} out-of-stock, stocked ${level.stocked}, reserved ${level.reserved}, available ${level.available}`
      )
    })
  },
})

// Orders attributed to an expo through its QR tags, on a real PostgreSQL: a buyer who arrived through a tag of SMEXPO
// 2026 (the storefront puts the expo's handle in the cart's `metadata.karya_expo`) checks out in the store with bank
// transfer, and the order.placed subscriber records the order for the expo (source qr); a cart with an unknown handle
// or none is attributed to nothing; attributing an order again leaves one row. Each test starts from the seeded store.
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { attributeOrder } from "@karya/plugin-campaigns/lib/attribution"
import { DEMO_CSR, DEMO_OPERATOR, type SeedResult } from "@karya/seed"
import { backendDir, seedStore, storeHeaders } from "../../helpers/medusa"

type Bearer = { headers: { authorization: string } }
type ExpoOrderRow = { id: string; order_id: string; expo_id: string; program_id: string; source: string; payment_method: string | null; recorded_by: string | null }

const BANK_TRANSFER = "pp_bank-transfer_bank-transfer"
const TEMPE = { handle: "keripik-tempe-srikandi", sku: "KL-PLG-MR-TEMPE-PDS" } // Rp 22.000, featured at SMEXPO 2026

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
      auth.operator = await token("user", DEMO_OPERATOR.email, DEMO_OPERATOR.password)
      auth.srikandi = await token("csr_staff", DEMO_CSR.email, DEMO_CSR.password)
      const { data } = await api.get("/portal/csr/expos", auth.srikandi)
      const expo = (data.expos as { id: string; handle: string; program_id: string }[]).find((e) => e.handle === "smexpo-2026")!
      ids.expo = expo.id
      ids.program = expo.program_id
    })

    const headers = () => storeHeaders(seed.publishableKey)
    const rows = async (filters: object = {}) =>
      getContainer().resolve<{ listExpoOrders(f: object): Promise<ExpoOrderRow[]> }>("campaigns").listExpoOrders(filters)

    /** The storefront's checkout with the storefront's key: cart (with the metadata the QR page gave it), address,
     * courier, bank transfer, complete. */
    async function checkout(metadata?: Record<string, unknown>) {
      const { data: cart } = await api.post(
        "/store/carts",
        { region_id: seed.regionId, email: "pengunjung.expo@example.com", ...(metadata ? { metadata } : {}) },
        headers()
      )
      const { data: product } = await api.get(`/store/products?handle=${TEMPE.handle}&fields=variants.id,variants.sku`, headers())
      const variant = product.products[0].variants.find((v: { sku: string }) => v.sku === TEMPE.sku)
      await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: variant.id, quantity: 2 }, headers())
      await api.post(`/store/carts/${cart.cart.id}`, {
        shipping_address: { first_name: "Rina", last_name: "Pengunjung", address_1: "Jl. Sudirman 12", city: "Palembang", province: "Sumatera Selatan", postal_code: "30129", country_code: "id", phone: "081200002222" },
      }, headers())
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart.cart.id}`, headers())
      const reguler = options.shipping_options.find((o: { name: string }) => o.name === "Kurir Reguler")
      await api.post(`/store/carts/${cart.cart.id}/shipping-methods`, { option_id: reguler.id }, headers())
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cart.cart.id }, headers())
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: BANK_TRANSFER }, headers())
      const { data: completed } = await api.post(`/store/carts/${cart.cart.id}/complete`, {}, headers())
      expect(completed.type).toBe("order")
      return completed.order as { id: string; display_id: number; total: number }
    }

    /** The subscriber runs after the order is placed: wait until it has (or has not) recorded the order. */
    async function settled(orderId: string, expected: number) {
      for (let i = 0; i < 60; i++) {
        const found = await rows({ order_id: orderId })
        if (found.length === expected) return found
        await new Promise((r) => setTimeout(r, 100))
      }
      return rows({ order_id: orderId })
    }

    it("attributes an order from a QR tag's visit to the expo (source qr), and it shows in the expo's orders", async () => {
      const order = await checkout({ karya_expo: "smexpo-2026" })
      const found = await settled(order.id, 1)
      expect(found).toEqual([
        expect.objectContaining({ order_id: order.id, expo_id: ids.expo, program_id: ids.program, source: "qr", payment_method: null, recorded_by: null }),
      ])
      // the order itself stays in the storefront's channel: the buyer bought online, not at the booth
      const { data: admin } = await api.get(`/admin/orders/${order.id}?fields=id,sales_channel_id,metadata`, auth.operator)
      expect(admin.order.sales_channel_id).toBe(seed.salesChannelId)
      expect(admin.order.metadata).toMatchObject({ karya_expo: "smexpo-2026" })

      const { data: list } = await api.get(`/portal/csr/expos/${ids.expo}/orders`, auth.srikandi)
      expect(list.count).toBe(1)
      expect(list.orders).toEqual([
        expect.objectContaining({ id: order.id, display_id: order.display_id, source: "qr", payment_method: null, total: order.total, items_count: 2 }),
      ])
    })

    it("attributes nothing to a cart with an unknown expo handle or none, and an order once however often it runs", async () => {
      const unknown = await checkout({ karya_expo: "bazar-tidak-ada" })
      const plain = await checkout()
      const odd = await checkout({ karya_expo: 2026 })
      const qr = await checkout({ karya_expo: "smexpo-2026" })
      // three writers at once, racing the order.placed subscriber too: one row, the same for all
      const racing = await Promise.all([1, 2, 3].map(() => attributeOrder(getContainer(), qr.id)))
      expect(new Set(racing.map((r) => r?.id)).size).toBe(1)
      expect(await settled(qr.id, 1)).toEqual([expect.objectContaining({ id: racing[0]!.id, source: "qr" })])
      // the subscriber has had its turn on the earlier orders too: none of them has a row
      for (const order of [unknown, plain, odd]) {
        expect(await settled(order.id, 0), order.id).toEqual([])
        expect(await attributeOrder(getContainer(), order.id)).toBeNull()
      }
      expect(await rows()).toHaveLength(1)

      // and again later, twice at once: the same row, never a second one
      const [first] = await rows({ order_id: qr.id })
      const again = await Promise.all([attributeOrder(getContainer(), qr.id), attributeOrder(getContainer(), qr.id)])
      expect(again.map((r) => r?.id)).toEqual([first!.id, first!.id])
      expect(await rows({ order_id: qr.id })).toHaveLength(1)
      expect((await api.get(`/portal/csr/expos/${ids.expo}/orders`, auth.srikandi)).data.count).toBe(1)
    })
  },
})

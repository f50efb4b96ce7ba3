import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { products as catalogue } from "@karya/seed"
import { backendDir, expectError, seedStore, storeHeaders } from "../../helpers/medusa"
import type { SeedResult } from "@karya/seed"

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    describe("the store's frame", () => {
      it("has one region, Indonesia, in rupiah, shipping to Indonesia", async () => {
        const { data } = await api.get("/store/regions", storeHeaders(seed.publishableKey))
        expect(data.regions).toHaveLength(1)
        const [region] = data.regions
        expect(region).toMatchObject({ id: seed.regionId, name: "Indonesia", currency_code: "idr" })
        expect(region.countries.map((c: { iso_2: string }) => c.iso_2)).toEqual(["id"])
      })

      it("sells in IDR only, through the default sales channel", async () => {
        const storeModule = getContainer().resolve("store")
        const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })
        expect(store).toBeDefined()
        expect(store!.name).toBe("Karya Lapas")
        expect(store!.default_sales_channel_id).toBe(seed.salesChannelId)
        expect(store!.default_region_id).toBe(seed.regionId)
        expect(store!.supported_currencies!.map((c: { currency_code: string; is_default: boolean }) => [c.currency_code, c.is_default])).toEqual([["idr", true]])
      })
    })

    describe("GET /store/products", () => {
      it("refuses a request without the publishable key", async () => {
        const response = await expectError(api.get("/store/products"))
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({ type: "not_allowed" })
      })

      it("lists every seeded product with its rupiah price through the publishable key", async () => {
        const { data } = await api.get(
          `/store/products?limit=100&region_id=${seed.regionId}&fields=id,title,handle,thumbnail,*variants.calculated_price`,
          storeHeaders(seed.publishableKey)
        )
        expect(data.count).toBe(catalogue.length)
        expect(data.count).toBeGreaterThanOrEqual(30)
        const byHandle = new Map(data.products.map((p: { handle: string }) => [p.handle, p]))
        for (const product of catalogue) {
          const listed = byHandle.get(product.handle) as
            | { title: string; thumbnail: string; variants: { calculated_price: { calculated_amount: number; currency_code: string } }[] }
            | undefined
          expect(listed, product.handle).toBeDefined()
          expect(listed!.title).toBe(product.title.id)
          expect(listed!.thumbnail).toMatch(/\/static\/.+\.svg$/)
          const prices = listed!.variants.map((v) => v.calculated_price)
          expect(prices.every((p) => p.currency_code === "idr")).toBe(true)
          expect(prices.map((p) => p.calculated_amount).sort((a, b) => a - b)).toEqual(
            product.variants.map((v) => v.priceIdr).sort((a, b) => a - b)
          )
        }
      })

      it("serves the product images it links to", async () => {
        const { data } = await api.get("/store/products?limit=1&fields=thumbnail", storeHeaders(seed.publishableKey))
        const url = new URL(data.products[0].thumbnail)
        const image = await api.get(url.pathname)
        expect(image.status).toBe(200)
        expect(image.headers["content-type"]).toContain("image/svg+xml")
        expect(String(image.data)).toContain("<svg")
        for (const probe of ["/static/..%2Fpackage.json", "/static/.hidden", "/static/nothing-here.svg"]) {
          const missing = await expectError(api.get(probe))
          expect(missing.status, probe).toBe(404)
        }
      })

      it("keeps stock per variant at the warehouse", async () => {
        const { data } = await api.get(
          `/store/products?limit=100&fields=handle,variants.sku,variants.inventory_quantity`,
          storeHeaders(seed.publishableKey)
        )
        const stock = new Map(
          data.products.flatMap((p: { variants: { sku: string; inventory_quantity: number }[] }) =>
            p.variants.map((v) => [v.sku, v.inventory_quantity])
          )
        )
        for (const variant of catalogue.flatMap((p) => p.variants)) {
          expect(stock.get(variant.sku), variant.sku).toBe(variant.stock)
        }
      })
    })

    describe("checkout", () => {
      it("takes a cart from a product to an order: address, shipping option, bank transfer", async () => {
        const headers = storeHeaders(seed.publishableKey)
        const product = catalogue.find((p) => p.variants.length > 1 && p.variants.every((v) => v.stock >= 5))!
        const sku = product.variants[0]!.sku
        const { data: listed } = await api.get(
          `/store/products?handle=${product.handle}&fields=id,variants.id,variants.sku,variants.inventory_quantity`,
          headers
        )
        const variant = listed.products[0].variants.find((v: { sku: string }) => v.sku === sku)

        const { data: created } = await api.post("/store/carts", { region_id: seed.regionId }, headers)
        const cartId = created.cart.id
        expect(created.cart.currency_code).toBe("idr")
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 2 }, headers)
        await api.post(
          `/store/carts/${cartId}`,
          {
            email: "pembeli@example.com",
            shipping_address: {
              first_name: "Sari",
              last_name: "Pembeli",
              address_1: "Jl. Sudirman No. 10",
              city: "Jambi",
              province: "Jambi",
              postal_code: "36122",
              country_code: "id",
              phone: "081234567890",
            },
          },
          headers
        )

        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
        const names = options.shipping_options.map((o: { name: string }) => o.name).sort()
        expect(names).toEqual(["Ambil di Lapas", "Kurir Kilat", "Kurir Reguler"])
        const courier = options.shipping_options.find((o: { name: string }) => o.name === "Kurir Reguler")
        expect(courier.amount).toBe(25000)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: courier.id }, headers)

        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
        await api.post(
          `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_bank-transfer_bank-transfer" },
          headers
        )
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        expect(completed.type).toBe("order")
        const price = product.variants[0]!.priceIdr
        expect(completed.order.item_total).toBe(2 * price)
        expect(completed.order.shipping_total).toBe(25000)
        expect(completed.order.total).toBe(2 * price + 25000)
        expect(completed.order.currency_code).toBe("idr")

        const { data: after } = await api.get(
          `/store/products?handle=${product.handle}&fields=variants.sku,variants.inventory_quantity`,
          headers
        )
        const left = after.products[0].variants.find((v: { sku: string }) => v.sku === sku)
        expect(left.inventory_quantity).toBe(variant.inventory_quantity - 2)
      })
    })

    describe("the seed", () => {
      it("adds nothing when it runs a second time", async () => {
        const again = await seedStore(getContainer())
        expect(again.productsCreated).toBe(0)
        expect(again.publishableKey).toBe(seed.publishableKey)
        expect(again.regionId).toBe(seed.regionId)
        const { data } = await api.get("/store/products?limit=1&fields=id", storeHeaders(seed.publishableKey))
        expect(data.count).toBe(catalogue.length)
        const { data: regions } = await api.get("/store/regions", storeHeaders(seed.publishableKey))
        expect(regions.regions).toHaveLength(1)
      })
    })
  },
})

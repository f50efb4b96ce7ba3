// The facility staff portal: sign-in, scoping to the caller's facility (every route, every kind of caller), product
// listing with photos and makers that reaches the store, participants and consent, orders and fulfilment, and bad input.
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { DEMO_OPERATOR, DEMO_STAFF_PASSWORD, participants, products, staff, type SeedResult } from "@karya/seed"
import { backendDir, expectError, seedStore, storeHeaders } from "../../helpers/medusa"

const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#6B3F1D"/></svg>').toString("base64")
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
const email = (facility: string, role: "manager" | "staff") => staff.find((s) => s.facility === facility && s.role === role)!.email

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    const tokens: Record<string, string> = {}

    const signIn = async (actor: string, address: string, password: string) =>
      (await api.post(`/auth/${actor}/emailpass`, { email: address, password })).data.token as string

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    beforeEach(async () => {
      tokens.jambi = await signIn("facility_staff", email("lapas-perempuan-jambi", "manager"), DEMO_STAFF_PASSWORD)
      tokens.jambiStaff = await signIn("facility_staff", email("lapas-perempuan-jambi", "staff"), DEMO_STAFF_PASSWORD)
      tokens.palembang = await signIn("facility_staff", email("lpp-palembang", "manager"), DEMO_STAFF_PASSWORD)
      tokens.operator = await signIn("user", DEMO_OPERATOR.email, DEMO_OPERATOR.password)
      tokens.customer = (await api.post("/auth/customer/emailpass/register", { email: "pembeli@example.com", password: "rahasia-123" })).data.token
    })

    const as = (who: string) => bearer(tokens[who]!)
    const list = async (who: string, path: string) => (await api.get(`/portal/facility/${path}`, as(who))).data

    it("signs staff in with email and password, and refuses a wrong password", async () => {
      const { data } = await api.get("/portal/facility/me", as("jambi"))
      expect(data.staff).toMatchObject({ email: email("lapas-perempuan-jambi", "manager"), role: "manager" })
      expect(data.facility.handle).toBe("lapas-perempuan-jambi")
      const wrong = await expectError(api.post("/auth/facility_staff/emailpass", { email: email("lpp-palembang", "manager"), password: "salah-sekali" }))
      expect(wrong.status).toBe(401)
    })

    it("shows staff their own facility's products and participants, with private fields, and nothing of another", async () => {
      const own = await list("jambi", "products?limit=100")
      expect(own.count).toBe(products.filter((p) => p.facility === "lapas-perempuan-jambi").length)
      const people = await list("jambi", "participants?limit=100")
      expect(people.participants.map((p: { registration_number: string }) => p.registration_number).sort()).toEqual(
        participants.filter((p) => p.facility === "lapas-perempuan-jambi").map((p) => p.registration_number).sort()
      )
      const theirs = JSON.stringify([await list("palembang", "products?limit=100"), await list("palembang", "participants?limit=100")])
      for (const p of participants.filter((p) => p.facility === "lapas-perempuan-jambi")) {
        expect(theirs).not.toContain(p.legal_name)
        expect(theirs).not.toContain(p.registration_number)
      }
    })

    it("walks every portal route as anonymous, customer, operator and another facility's staff: 401 or 404, never data", async () => {
      const product = (await list("jambi", "products?limit=1")).products[0]
      const participant = (await list("jambi", "participants?limit=1")).participants[0]
      const routes: [string, string, object?][] = [
        ["get", "/portal/facility/me"],
        ["get", "/portal/facility/dashboard"],
        ["get", "/portal/facility/products"],
        ["post", "/portal/facility/products", {}],
        ["get", `/portal/facility/products/${product.id}`],
        ["post", `/portal/facility/products/${product.id}`, { title: "X" }],
        ["post", `/portal/facility/products/${product.id}/archive`, {}],
        ["post", `/portal/facility/products/${product.id}/makers`, { makers: [] }],
        ["post", "/portal/facility/uploads", { files: [{ filename: "a.svg", mime_type: "image/svg+xml", content: SVG }] }],
        ["get", "/portal/facility/participants"],
        ["post", "/portal/facility/participants", {}],
        ["get", `/portal/facility/participants/${participant.id}`],
        ["post", `/portal/facility/participants/${participant.id}`, { display_name: "X" }],
        ["post", `/portal/facility/participants/${participant.id}/consent`, { display_name: true, story: true }],
        ["delete", `/portal/facility/participants/${participant.id}/consent`],
        ["post", `/portal/facility/participants/${participant.id}/status`, { status: "released" }],
        ["get", "/portal/facility/orders"],
        ["get", "/portal/facility/orders/order_unknown"],
        ["post", "/portal/facility/orders/order_unknown/fulfillments", { kind: "pickup" }],
      ]
      const call = (method: string, path: string, body: object | undefined, config: object) =>
        method === "get" || method === "delete" ? (api as any)[method](path, config) : (api as any)[method](path, body, config)

      for (const [method, path, body] of routes) {
        for (const who of [undefined, "customer", "operator"]) {
          const response = await expectError(call(method, path, body, who ? as(who) : {}))
          expect(response.status, `${who ?? "anonymous"} ${method} ${path}`).toBe(401)
        }
        if (path.includes(product.id) || path.includes(participant.id) || path.includes("order_unknown")) {
          const response = await expectError(call(method, path, body, as("palembang")))
          expect(response.status, `palembang ${method} ${path}`).toBe(404)
          expect(JSON.stringify(response.data)).not.toContain(participant.legal_name)
        }
      }
      // and nothing changed for the facility that owns them
      expect((await api.get(`/portal/facility/participants/${participant.id}`, as("jambi"))).data.participant).toMatchObject({
        display_name: participant.display_name,
        status: participant.status,
      })
      // staff are not platform operators
      for (const who of ["jambi", "palembang"]) {
        expect((await expectError(api.get("/admin/facilities", as(who)))).status).toBe(401)
        expect((await expectError(api.get("/admin/products", as(who)))).status).toBe(401)
      }
    })

    it("lists a new product with photos and makers; it appears in the store under the facility, makers as consented", async () => {
      const { data: upload } = await api.post(
        "/portal/facility/uploads",
        { files: [{ filename: "kain-baru.svg", mime_type: "image/svg+xml", content: SVG }] },
        as("jambi")
      )
      const image = upload.files[0].url
      const people = (await list("jambi", "participants?limit=100")).participants
      const rini = people.find((p: { display_name: string }) => p.display_name === "Ibu Rini")
      const yuni = people.find((p: { display_name: string }) => p.display_name === "Mbak Yuni")
      const { data: created } = await api.post(
        "/portal/facility/products",
        {
          title: "Batik Tulis Motif Baru",
          title_en: "Hand-drawn Batik, New Motif",
          description: "Kain katun 2 × 1,15 m.",
          description_en: "Cotton cloth 2 × 1.15 m.",
          images: [image],
          weight: 300,
          status: "published",
          options: [{ title: "Warna", values: ["Sogan", "Indigo"] }],
          variants: [
            { options: { Warna: "Sogan" }, sku: "KL-NEW-SOG", price: 450000, stock: 3 },
            { options: { Warna: "Indigo" }, sku: "KL-NEW-IND", price: 475000, stock: 2 },
          ],
          makers: [
            { participant_id: rini.id, weight: 3 },
            { participant_id: yuni.id, weight: 1 },
          ],
        },
        as("jambi")
      )
      const product = created.product
      expect(product).toMatchObject({ title: "Batik Tulis Motif Baru", title_en: "Hand-drawn Batik, New Motif", status: "published", images: [image] })
      expect(product.variants.map((v: { price: number; stock: number }) => [v.price, v.stock]).sort()).toEqual([[450000, 3], [475000, 2]])
      expect(product.makers.map((m: { weight: number }) => m.weight).sort()).toEqual([1, 3])

      const headers = storeHeaders(seed.publishableKey)
      const { data: page } = await api.get("/store/facilities/lapas-perempuan-jambi", headers)
      expect(page.facility.products.map((p: { id: string }) => p.id)).toContain(product.id)
      const { data: stored } = await api.get(`/store/products/${product.id}?fields=id,*facility`, headers)
      expect(stored.product.facility.handle).toBe("lapas-perempuan-jambi")
      const { data: makers } = await api.get(`/store/products/${product.id}/makers`, headers)
      expect(makers.makers.map((m: { label: string }) => m.label).sort()).toEqual(["Ibu Rini", "Pembuat, Lapas Perempuan Jambi"])
      const image200 = await api.get(new URL(image).pathname)
      expect(image200.status).toBe(200)

      // withdrawing consent changes the public label at once; giving it back restores it
      await api.delete(`/portal/facility/participants/${rini.id}/consent`, as("jambi"))
      const { data: after } = await api.get(`/store/products/${product.id}/makers`, headers)
      expect(after.makers.map((m: { label: string }) => m.label)).not.toContain("Ibu Rini")
      await api.post(`/portal/facility/participants/${rini.id}/consent`, { display_name: true, story: false }, as("jambi"))
      const { data: again } = await api.get(`/store/products/${product.id}/makers`, headers)
      expect(again.makers.find((m: { label: string }) => m.label === "Ibu Rini").story).toBeNull()

      // edit price and stock, then archive: the store no longer sells it
      const sogan = product.variants.find((v: { sku: string }) => v.sku === "KL-NEW-SOG")
      const { data: edited } = await api.post(`/portal/facility/products/${product.id}`, { variants: [{ id: sogan.id, price: 460000, stock: 7 }] }, as("jambi"))
      expect(edited.product.variants.find((v: { id: string }) => v.id === sogan.id)).toMatchObject({ price: 460000, stock: 7 })
      const liveBefore = (await list("jambi", "products?limit=1")).count
      await api.post(`/portal/facility/products/${product.id}/archive`, {}, as("jambi"))
      expect((await expectError(api.get(`/store/products/${product.id}`, headers))).status).toBe(404)
      const live = await list("jambi", "products?limit=1")
      expect(live.count).toBe(liveBefore - 1)
      expect(live.products).toHaveLength(1)
      const archived = await list("jambi", "products?archived=true")
      expect(archived.products.map((p: { id: string; archived: boolean }) => [p.id, p.archived])).toEqual([[product.id, true]])
    })

    it("answers bad input with 400 naming the field, and writes nothing", async () => {
      const before = (await list("jambi", "products?limit=1")).count
      const cases: [object, string][] = [
        [{ title: "", title_en: "x", description: "", description_en: "", images: [], weight: 1, variants: [{ price: 1, stock: 1 }] }, "title"],
        [{ title: "A", title_en: "A", description: "", description_en: "", images: [], weight: 1, variants: [{ price: -5, stock: 1 }] }, "price"],
        [{ title: "A", title_en: "A", description: "", description_en: "", images: [], weight: 1, variants: [{ price: 1.5, stock: 1 }] }, "price"],
        [{ title: "A", title_en: "A", description: "", description_en: "", images: [], weight: 1, variants: [] }, "variants"],
        [{ title: "A", title_en: "A", description: "", description_en: "", images: ["not a url"], weight: 1, variants: [{ price: 1, stock: 1 }] }, "images"],
        [{ title: "A", title_en: "A", description: "", description_en: "", images: [], weight: 1, variants: [{ price: 1, stock: 1 }], legal_name: "x" }, "legal_name"],
      ]
      for (const [body, field] of cases) {
        const response = await expectError(api.post("/portal/facility/products", body, as("jambi")))
        expect(response.status, field).toBe(400)
        expect(response.data.type).toBe("invalid_data")
        expect(response.data.message, JSON.stringify(body)).toContain(field)
      }
      // a maker of another facility: refused, and the product it would have created is not there either
      const other = (await list("palembang", "participants?limit=1")).participants[0]
      const response = await expectError(
        api.post(
          "/portal/facility/products",
          { title: "Setengah jadi", title_en: "Half made", description: "", description_en: "", images: [], weight: 10, variants: [{ price: 1000, stock: 1 }], makers: [{ participant_id: other.id, weight: 1 }] },
          as("jambi")
        )
      )
      expect(response.status).toBe(400)
      expect(response.data.message).toContain("makers")
      expect((await list("jambi", "products?limit=1")).count).toBe(before)
      const { data: store } = await api.get("/store/products?q=Setengah&fields=id", storeHeaders(seed.publishableKey))
      expect(store.count).toBe(0)

      const participantErrors = await expectError(api.post("/portal/facility/participants", { display_name: "X" }, as("jambi")))
      expect(participantErrors.status).toBe(400)
      expect(participantErrors.data.message).toMatch(/legal_name|registration_number/)
      const badQuery = await expectError(api.get("/portal/facility/products?limit=100000", as("jambi")))
      expect(badQuery.status).toBe(400)
      expect(badQuery.data.message).toContain("limit")
    })

    it("manages participants: create, release, and consent", async () => {
      const { data } = await api.post(
        "/portal/facility/participants",
        { display_name: "Ibu Baru", legal_name: "Siti Contoh Baru", registration_number: "JMB-2026-9999", skills: ["menjahit"] },
        as("jambiStaff")
      )
      expect(data.participant).toMatchObject({ display_name: "Ibu Baru", status: "active", public_label: "Pembuat, Lapas Perempuan Jambi" })
      const { data: consented } = await api.post(`/portal/facility/participants/${data.participant.id}/consent`, { display_name: true, story: false }, as("jambi"))
      expect(consented.participant.public_label).toBe("Ibu Baru")
      expect(consented.participant.consent_given_at).toBeTruthy()
      const { data: released } = await api.post(`/portal/facility/participants/${data.participant.id}/status`, { status: "released" }, as("jambi"))
      expect(released.participant.status).toBe("released")
      const { data: page } = await api.get("/store/facilities/lapas-perempuan-jambi", storeHeaders(seed.publishableKey))
      expect(JSON.stringify(page)).not.toContain("Siti Contoh Baru")
      expect(JSON.stringify(page)).not.toContain("JMB-2026-9999")
    })

    it("shows a facility the orders with its items, and lets it mark them shipped with a tracking number", async () => {
      const headers = storeHeaders(seed.publishableKey)
      const jambiProduct = products.find((p) => p.facility === "lapas-perempuan-jambi" && p.variants[0]!.stock >= 2)!
      const palembangProduct = products.find((p) => p.facility === "lpp-palembang" && p.variants[0]!.stock >= 2)!
      const variantId = async (handle: string, sku: string) =>
        (await api.get(`/store/products?handle=${handle}&fields=variants.id,variants.sku`, headers)).data.products[0].variants.find((v: { sku: string }) => v.sku === sku).id
      const { data: cart } = await api.post("/store/carts", { region_id: seed.regionId, email: "pembeli@example.com" }, headers)
      await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: await variantId(jambiProduct.handle, jambiProduct.variants[0]!.sku), quantity: 1 }, headers)
      await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: await variantId(palembangProduct.handle, palembangProduct.variants[0]!.sku), quantity: 2 }, headers)
      await api.post(`/store/carts/${cart.cart.id}`, { shipping_address: { first_name: "Sari", last_name: "Pembeli", address_1: "Jl. Sudirman 10", city: "Jambi", province: "Jambi", postal_code: "36122", country_code: "id", phone: "0812" } }, headers)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart.cart.id}`, headers)
      await api.post(`/store/carts/${cart.cart.id}/shipping-methods`, { option_id: options.shipping_options[0].id }, headers)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cart.cart.id }, headers)
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_bank-transfer_bank-transfer" }, headers)
      const { data: completed } = await api.post(`/store/carts/${cart.cart.id}/complete`, {}, headers)
      const orderId = completed.order.id

      const { data: jambiOrders } = await api.get("/portal/facility/orders", as("jambi"))
      const mine = jambiOrders.orders.find((o: { id: string }) => o.id === orderId)
      expect(mine.items.map((i: { title: string }) => i.title)).toEqual([jambiProduct.title.id])
      expect(mine.items_total).toBe(jambiProduct.variants[0]!.priceIdr)
      const { data: palembangOrder } = await api.get(`/portal/facility/orders/${orderId}`, as("palembang"))
      expect(palembangOrder.order.items).toHaveLength(1)
      expect(palembangOrder.order.items_total).toBe(2 * palembangProduct.variants[0]!.priceIdr)
      const tangerang = await signIn("facility_staff", email("lapas-perempuan-tangerang", "manager"), DEMO_STAFF_PASSWORD)
      expect((await expectError(api.get(`/portal/facility/orders/${orderId}`, bearer(tangerang)))).status).toBe(404)

      const missing = await expectError(api.post(`/portal/facility/orders/${orderId}/fulfillments`, { kind: "shipment" }, as("jambi")))
      expect(missing.status).toBe(400)
      expect(missing.data.message).toContain("tracking_number")
      const { data: shipped } = await api.post(`/portal/facility/orders/${orderId}/fulfillments`, { kind: "shipment", tracking_number: "JNE0012345678" }, as("jambi"))
      expect(shipped.order.fulfillment_status).toBe("fulfilled")
      expect(shipped.order.fulfillments).toEqual([expect.objectContaining({ kind: "shipment", tracking_number: "JNE0012345678" })])
      // Palembang's items are still waiting for Palembang
      const { data: stillOpen } = await api.get(`/portal/facility/orders/${orderId}`, as("palembang"))
      expect(stillOpen.order.fulfillment_status).toBe("not_fulfilled")
      const { data: pickup } = await api.post(`/portal/facility/orders/${orderId}/fulfillments`, { kind: "pickup" }, as("palembang"))
      expect(pickup.order.fulfillments).toEqual([expect.objectContaining({ kind: "pickup", tracking_number: null })])
    })
  },
})

// CSR programs and expos on a real PostgreSQL: the public program pages carry nothing private; CSR staff sign in as
// their own actor and see only their programs' programs and expos (every CSR route walked as another program's staff,
// facility staff, a customer, an operator and anonymous); an expo gets its own sales channel that the storefront's
// key can sell in, and a failed creation leaves no channel behind; bad input is a 400 naming the field; the seed runs
// twice without duplicating anything. Every test starts from the seeded store (test-utils restores it).
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_CSR, DEMO_OPERATOR, DEMO_STAFF_PASSWORD, participants, programs, staff, type SeedResult } from "@karya/seed"
import { backendDir, expectError, seedStore, storeHeaders } from "../../helpers/medusa"

type Bearer = { headers: { authorization: string } }
type Program = { id: string; handle: string; name: string; facilities: { handle: string; name: string }[]; sdg_targets: string[] }
type Expo = { id: string; handle: string; program_id: string; sales_channel_id: string; products?: { id: string; handle: string }[] }

const PATRA_CSR = { email: "csr.patra@example.com", password: "patra-rahasia-123", name: "Tim CSR PATRA" }
const staffEmail = (facility: string) => staff.find((s) => s.facility === facility && s.role === "manager")!.email

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    const auth: Record<string, Bearer> = {}
    const ids: Record<string, string> = {}

    const token = async (actor: string, address: string, password: string): Promise<Bearer> => ({
      headers: { authorization: `Bearer ${(await api.post(`/auth/${actor}/emailpass`, { email: address, password })).data.token}` },
    })
    const channelCount = async () => (await api.get("/admin/sales-channels?limit=1", auth.operator)).data.count as number
    const productIds = async (handles: string[]) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id", "handle"], filters: { handle: handles } })
      return handles.map((h) => data.find((p: { handle: string }) => p.handle === h)!.id as string)
    }
    const expoInput = (over: object = {}) => ({
      handle: "bazar-ramadan-2027",
      name: "Bazar Ramadan 2027",
      venue: "Gedung Serbaguna",
      city: "Palembang",
      starts_at: "2027-03-01T09:00:00+07:00",
      ends_at: "2027-03-03T21:00:00+07:00",
      program_id: ids["srikandi-mandiri"],
      ...over,
    })

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    beforeEach(async () => {
      auth.operator = await token("user", DEMO_OPERATOR.email, DEMO_OPERATOR.password)
      const { data } = await api.get("/admin/campaigns/programs", auth.operator)
      for (const p of data.programs as Program[]) ids[p.handle] = p.id
      await api.post("/admin/campaigns/csr-staff", { ...PATRA_CSR, program_ids: [ids["patra-academy"]] }, auth.operator)
      auth.srikandi = await token("csr_staff", DEMO_CSR.email, DEMO_CSR.password)
      auth.patra = await token("csr_staff", PATRA_CSR.email, PATRA_CSR.password)
      auth.facility = await token("facility_staff", staffEmail("lpp-palembang"), DEMO_STAFF_PASSWORD)
      auth.customer = {
        headers: {
          authorization: `Bearer ${(await api.post("/auth/customer/emailpass/register", { email: "pembeli@example.com", password: "rahasia-123" })).data.token}`,
        },
      }
      const { data: expos } = await api.get("/portal/csr/expos", auth.srikandi)
      for (const e of expos.expos as Expo[]) ids[e.handle] = e.id
    })

    it("lists the seeded programs publicly with sponsor, facilities, skills and SDG targets, and nothing private", async () => {
      const { data } = await api.get("/store/programs", storeHeaders(seed.publishableKey))
      expect(data.programs.map((p: Program) => p.handle).sort()).toEqual(programs.map((p) => p.handle).sort())
      const patra = data.programs.find((p: Program) => p.handle === "patra-academy")
      expect(patra).toMatchObject({
        name: "PATRA Academy",
        sponsor: { company: "Kilang Pertamina Plaju (Refinery Unit III)" },
        sdg_targets: ["1.4"],
        skills: ["menjahit", "anyaman tali meiwa"],
        start_date: null,
      })
      expect(patra.facilities.map((f: { handle: string }) => f.handle)).toEqual(["lpp-palembang"])
      expect(patra.facilities[0].name).toBe("LPP Kelas IIA Palembang")

      const { data: detail } = await api.get("/store/programs/srikandi-mandiri", storeHeaders(seed.publishableKey))
      expect(detail.program).toMatchObject({ name: "Srikandi Mandiri", start_date: "2025-10-25" })
      expect(detail.program.expos).toEqual([
        expect.objectContaining({ handle: "smexpo-2026", name: "SMEXPO 2026", city: "Palembang" }),
      ])
      const body = JSON.stringify([data, detail])
      for (const p of participants) {
        expect(body).not.toContain(p.legal_name)
        expect(body).not.toContain(p.registration_number)
      }
      for (const secret of [DEMO_CSR.email, "sales_channel_id", "program_ids", "sc_", "pk_", "SMEXPO26"]) expect(body).not.toContain(secret)

      expect((await expectError(api.get("/store/programs/tidak-ada", storeHeaders(seed.publishableKey)))).status).toBe(404)
      // an inactive program disappears from the store
      await api.post(`/admin/campaigns/programs/${ids["patra-academy"]}`, { is_active: false }, auth.operator)
      const after = (await api.get("/store/programs", storeHeaders(seed.publishableKey))).data.programs as Program[]
      expect(after.map((p) => p.handle)).not.toContain("patra-academy")
      expect((await expectError(api.get("/store/programs/patra-academy", storeHeaders(seed.publishableKey)))).status).toBe(404)
    })

    it("shows CSR staff their own programs and expos only; another program's are 404", async () => {
      const me = (await api.get("/portal/csr/me", auth.srikandi)).data
      expect(me.staff.email).toBe(DEMO_CSR.email)
      expect(me.programs.map((p: Program) => p.handle)).toEqual(["srikandi-mandiri"])
      const own = (await api.get("/portal/csr/programs", auth.srikandi)).data.programs as Program[]
      expect(own.map((p) => p.handle)).toEqual(["srikandi-mandiri"])
      const detail = (await api.get(`/portal/csr/programs/${ids["srikandi-mandiri"]}`, auth.srikandi)).data.program
      expect(detail.expos.map((e: Expo) => e.handle)).toEqual(["smexpo-2026"])
      const expo = (await api.get(`/portal/csr/expos/${ids["smexpo-2026"]}`, auth.srikandi)).data.expo as Expo
      expect(expo.products!.map((p) => p.handle).sort()).toEqual(
        ["bolu-kojo-pandan", "keripik-tempe-srikandi", "roti-manis-srikandi", "selendang-songket-limar", "songket-lepus-benang-emas-merah"].sort()
      )

      // PATRA's staff: her program, no expos, and 404 for everything of Srikandi Mandiri
      expect(((await api.get("/portal/csr/programs", auth.patra)).data.programs as Program[]).map((p) => p.handle)).toEqual(["patra-academy"])
      expect((await api.get("/portal/csr/expos", auth.patra)).data.expos).toEqual([])
      const theirs: [string, string, object?][] = [
        ["get", `/portal/csr/programs/${ids["srikandi-mandiri"]}`],
        ["get", `/portal/csr/expos/${ids["smexpo-2026"]}`],
        ["post", `/portal/csr/expos/${ids["smexpo-2026"]}`, { name: "Diambil alih" }],
        ["post", `/portal/csr/expos/${ids["smexpo-2026"]}/products`, { product_ids: [] }],
        ["post", "/portal/csr/expos", expoInput()],
      ]
      for (const [method, path, body] of theirs) {
        const response = await expectError(method === "get" ? api.get(path, auth.patra) : api.post(path, body, auth.patra))
        expect(response.status, `patra ${method} ${path}`).toBe(404)
        expect(JSON.stringify(response.data)).not.toContain("SMEXPO")
      }
      // nothing changed
      const still = (await api.get(`/portal/csr/expos/${ids["smexpo-2026"]}`, auth.srikandi)).data.expo as Expo
      expect(still).toMatchObject({ name: "SMEXPO 2026" })
      expect(still.products).toHaveLength(5)
      // a deactivated CSR account is signed out of the portal
      const patraId = ((await api.get("/admin/campaigns/csr-staff", auth.operator)).data.staff as { id: string; email: string }[]).find(
        (s) => s.email === PATRA_CSR.email
      )!.id
      await api.post(`/admin/campaigns/csr-staff/${patraId}`, { is_active: false }, auth.operator)
      expect((await expectError(api.get("/portal/csr/me", auth.patra))).status).toBe(401)
    })

    it("walks every CSR route as anonymous, customer, facility staff and operator: 401, never data", async () => {
      const expo = ids["smexpo-2026"]
      const routes: [string, string, object?][] = [
        ["get", "/portal/csr/me"],
        ["get", "/portal/csr/programs"],
        ["get", `/portal/csr/programs/${ids["srikandi-mandiri"]}`],
        ["get", "/portal/csr/expos"],
        ["post", "/portal/csr/expos", expoInput()],
        ["get", `/portal/csr/expos/${expo}`],
        ["post", `/portal/csr/expos/${expo}`, { name: "X" }],
        ["post", `/portal/csr/expos/${expo}/products`, { product_ids: [] }],
      ]
      const before = await channelCount()
      for (const [method, path, body] of routes) {
        for (const who of [undefined, "customer", "facility", "operator"]) {
          const config = who ? auth[who]! : {}
          const response = await expectError(method === "get" ? api.get(path, config) : api.post(path, body, config))
          expect(response.status, `${who ?? "anonymous"} ${method} ${path}`).toBe(401)
          expect(JSON.stringify(response.data)).not.toContain("SMEXPO")
        }
      }
      expect(await channelCount()).toBe(before)
      // CSR staff are not operators
      for (const path of ["/admin/campaigns/programs", "/admin/campaigns/csr-staff", "/admin/campaigns/expos", "/admin/products"]) {
        expect((await expectError(api.get(path, auth.srikandi))).status, path).toBe(401)
      }
    })

    it("creates an expo with its own sales channel and key to sell in, the storefront untouched; a failed one leaves none", async () => {
      const before = await channelCount()
      const featured = await productIds(["keripik-tempe-srikandi", "songket-bungo-cino"])
      const { data, status } = await api.post("/portal/csr/expos", expoInput({ product_ids: featured, promo_code: "RAMADAN27" }), auth.srikandi)
      expect(status).toBe(201)
      const expo = data.expo as Expo
      expect(expo).toMatchObject({ handle: "bazar-ramadan-2027", program_id: ids["srikandi-mandiri"], promo_code: "RAMADAN27" })
      expect(expo.products!.map((p) => p.handle).sort()).toEqual(["keripik-tempe-srikandi", "songket-bungo-cino"])
      expect(await channelCount()).toBe(before + 1)
      const { data: channel } = await api.get(`/admin/sales-channels/${expo.sales_channel_id}`, auth.operator)
      expect(channel.sales_channel.name).toBe("Bazar Ramadan 2027")

      const { data: graph } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "sales_channel",
          fields: ["id", "products_link.product_id", "stock_locations.id", "publishable_api_keys.id"],
          filters: { id: expo.sales_channel_id },
        })
      const sc = graph[0] as { products_link: { product_id: string }[]; stock_locations: { id: string }[]; publishable_api_keys: { id: string }[] }
      expect(sc.products_link.map((p) => p.product_id).sort()).toEqual([...featured].sort())
      expect(sc.stock_locations).toHaveLength(1)
      // a key of its own, reaching only this channel; the storefront's key is not linked to it
      expect(sc.publishable_api_keys).toHaveLength(1)
      const key = (expo as Expo & { publishable_key: string }).publishable_key
      expect(key).toMatch(/^pk_/)
      expect(key).not.toBe(seed.publishableKey)
      // the storefront's stock request (inventory needs one channel per key) still works with the storefront's key
      const stock = await api.get(`/store/products/${featured[0]}?fields=variants.id,+variants.inventory_quantity`, storeHeaders(seed.publishableKey))
      expect(typeof stock.data.product.variants[0].inventory_quantity).toBe("number")
      // the expo's key lists only the expo's products, with stock, and opens a cart in the expo's channel
      const { data: listed } = await api.get("/store/products?fields=id,+variants.inventory_quantity&limit=50", storeHeaders(key))
      expect(listed.products.map((p: { id: string }) => p.id).sort()).toEqual([...featured].sort())
      const { data: cart } = await api.post("/store/carts", { region_id: seed.regionId }, storeHeaders(key))
      expect(cart.cart.sales_channel_id).toBe(expo.sales_channel_id)
      const { data: product } = await api.get(`/store/products/${featured[0]}?fields=variants.id`, storeHeaders(key))
      const withItem = await api.post(
        `/store/carts/${cart.cart.id}/line-items`,
        { variant_id: product.product.variants[0].id, quantity: 1 },
        storeHeaders(key)
      )
      expect(withItem.data.cart.items).toHaveLength(1)

      // featured products can be changed; the channel follows
      const { data: changed } = await api.post(`/portal/csr/expos/${expo.id}/products`, { product_ids: [featured[1]] }, auth.srikandi)
      expect(changed.expo.products.map((p: { id: string }) => p.id)).toEqual([featured[1]])
      const { data: after } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "sales_channel", fields: ["id", "products_link.product_id"], filters: { id: expo.sales_channel_id } })
      expect((after[0] as { products_link: { product_id: string }[] }).products_link.map((p) => p.product_id)).toEqual([featured[1]])

      // the same handle again: the workflow has created the channel when the expo step refuses; the channel goes
      const count = await channelCount()
      const keyCount = async () => (await api.get("/admin/api-keys?type=publishable&limit=1", auth.operator)).data.count as number
      const keys = await keyCount()
      const taken = await expectError(api.post("/portal/csr/expos", expoInput({ name: "Bazar Kedua" }), auth.srikandi))
      expect(taken.status).toBe(409)
      expect(taken.data.message).toContain("handle")
      expect(await channelCount()).toBe(count)
      expect(await keyCount()).toBe(keys)
      const { data: named } = await api.get("/admin/sales-channels?q=Bazar%20Kedua", auth.operator)
      expect(named.sales_channels).toEqual([])
    })

    it("makes an expo's promo code a Medusa promotion buyers can use, changed and switched off with the expo", async () => {
      const now = Date.now()
      const during = { starts_at: new Date(now - 3600_000).toISOString(), ends_at: new Date(now + 2 * 86400_000).toISOString() }
      const [tempe] = await productIds(["keripik-tempe-srikandi"])
      const { data } = await api.post(
        "/portal/csr/expos",
        expoInput({ ...during, promo_code: "PAMERAN15", promo_percentage: 15, product_ids: [tempe] }),
        auth.srikandi
      )
      expect(data.expo).toMatchObject({ promo_code: "PAMERAN15", promo_percentage: 15 })

      // a buyer in the store (the storefront's key) enters the code in her cart: 15% off the goods
      const cartWith = async (code: string) => {
        const { data: c } = await api.post("/store/carts", { region_id: seed.regionId }, storeHeaders(seed.publishableKey))
        const { data: p } = await api.get(`/store/products/${tempe}?fields=variants.id`, storeHeaders(seed.publishableKey))
        await api.post(`/store/carts/${c.cart.id}/line-items`, { variant_id: p.product.variants[0].id, quantity: 2 }, storeHeaders(seed.publishableKey))
        return api.post(`/store/carts/${c.cart.id}/promotions`, { promo_codes: [code] }, storeHeaders(seed.publishableKey))
      }
      const { data: discounted } = await cartWith("PAMERAN15")
      expect(discounted.cart.promotions.map((p: { code: string }) => p.code)).toEqual(["PAMERAN15"])
      expect(discounted.cart.discount_total).toBe(Math.round(discounted.cart.item_subtotal * 0.15))

      // another expo cannot take the same code: 400 on promo_code, and no channel is left behind
      const before = await channelCount()
      const clash = await expectError(
        api.post("/portal/csr/expos", expoInput({ ...during, handle: "bazar-kedua", promo_code: "PAMERAN15" }), auth.srikandi)
      )
      expect(clash.status).toBe(400)
      expect(clash.data.message).toContain("promo_code")
      expect(await channelCount()).toBe(before)

      // a new percentage reaches the promotion; removing the code switches it off
      await api.post(`/portal/csr/expos/${data.expo.id}`, { promo_percentage: 20 }, auth.srikandi)
      const { data: twenty } = await cartWith("PAMERAN15")
      expect(twenty.cart.discount_total).toBe(Math.round(twenty.cart.item_subtotal * 0.2))
      const { data: off } = await api.post(`/portal/csr/expos/${data.expo.id}`, { promo_code: null }, auth.srikandi)
      expect(off.expo).toMatchObject({ promo_code: null, promo_percentage: null })
      const refused = await cartWith("PAMERAN15").then((r) => r.data.cart, (e) => e.response)
      expect(refused.status === 400 || (refused.promotions ?? []).length === 0, "an inactive code must not discount").toBe(true)
    })

    it("answers bad input with a 400 naming the field, and changes nothing", async () => {
      const before = await channelCount()
      const cases: [string, object, string][] = [
        ["/portal/csr/expos", expoInput({ starts_at: "besok pagi" }), "starts_at"],
        ["/portal/csr/expos", expoInput({ ends_at: "2027-02-01T09:00:00+07:00" }), "ends_at"],
        ["/portal/csr/expos", expoInput({ handle: "Bazar Ramadan!" }), "handle"],
        ["/portal/csr/expos", expoInput({ promo_code: "a" }), "promo_code"],
        ["/portal/csr/expos", expoInput({ promo_code: "RAMADAN27", promo_percentage: 80 }), "promo_percentage"],
        ["/portal/csr/expos", expoInput({ venue: undefined }), "venue"],
        ["/portal/csr/expos", expoInput({ sales_channel_id: "sc_x" }), "sales_channel_id"],
        ["/portal/csr/expos", expoInput({ product_ids: await productIds(["batik-tulis-durian-pecah"]) }), "product_ids"],
      ]
      for (const [path, body, field] of cases) {
        const response = await expectError(api.post(path, body, auth.srikandi))
        expect(response.status, field).toBe(400)
        expect(response.data.message, field).toContain(field)
      }
      expect(await channelCount()).toBe(before)
      expect((await api.get("/portal/csr/expos", auth.srikandi)).data.expos).toHaveLength(1)

      const admin: [string, object, string][] = [
        ["/admin/campaigns/programs", { handle: "baru", name: "Baru", sponsor_company: "PT X", sdg_targets: ["satu"] }, "sdg_targets"],
        ["/admin/campaigns/programs", { handle: "baru", name: "Baru", sponsor_company: "PT X", start_date: "2025-13-01" }, "start_date"],
        ["/admin/campaigns/programs", { handle: "baru", name: "Baru" }, "sponsor_company"],
        ["/admin/campaigns/programs", { handle: "baru", name: "Baru", sponsor_company: "PT X", facility_ids: ["fac_tidak_ada"] }, "facility_ids"],
        ["/admin/campaigns/csr-staff", { email: "bukan-email", name: "X", program_ids: [ids["patra-academy"]], password: "panjang-sekali" }, "email"],
        ["/admin/campaigns/csr-staff", { email: "x@example.com", name: "X", program_ids: [], password: "panjang-sekali" }, "program_ids"],
        ["/admin/campaigns/csr-staff", { email: "x@example.com", name: "X", program_ids: ["prog_tidak_ada"], password: "panjang-sekali" }, "program_ids"],
      ]
      for (const [path, body, field] of admin) {
        const response = await expectError(api.post(path, body, auth.operator))
        expect(response.status, `${path} ${field}`).toBe(400)
        expect(response.data.message, field).toContain(field)
      }
      // an email that already signs in as facility staff cannot become a CSR account, and no record is left
      const taken = await expectError(
        api.post("/admin/campaigns/csr-staff", { email: staffEmail("lpp-palembang"), name: "X", program_ids: [ids["patra-academy"]], password: "panjang-sekali" }, auth.operator)
      )
      expect(taken.status).toBe(400)
      expect(taken.data.message).toContain("email")
      const accounts = (await api.get("/admin/campaigns/csr-staff", auth.operator)).data.staff as { email: string }[]
      expect(accounts.map((a) => a.email)).not.toContain(staffEmail("lpp-palembang"))
      // the failed program with an unknown facility was undone
      expect(((await api.get("/admin/campaigns/programs", auth.operator)).data.programs as Program[]).map((p) => p.handle)).not.toContain("baru")
      // and no CSR login was left for the refused account
      expect((await expectError(api.post("/auth/csr_staff/emailpass", { email: "x@example.com", password: "panjang-sekali" }))).status).toBe(401)
    })

    it("lets operators create, change and delete programs with their facilities", async () => {
      const { data: facilities } = await api.get("/admin/facilities", auth.operator)
      const fid = (handle: string) => facilities.facilities.find((f: { handle: string; id: string }) => f.handle === handle).id
      const { data, status } = await api.post(
        "/admin/campaigns/programs",
        {
          handle: "wub-ikm-tangerang",
          name: "WUB IKM",
          sponsor_company: "Kementerian Perindustrian",
          sponsor_unit: "Ditjen IKMA",
          start_date: "2023-07-17",
          skills: ["batik cap", "olahan pangan"],
          facility_ids: [fid("lapas-perempuan-tangerang")],
        },
        auth.operator
      )
      expect(status).toBe(201)
      expect(data.program).toMatchObject({ handle: "wub-ikm-tangerang", start_date: "2023-07-17", is_active: true })
      expect(data.program.facilities.map((f: { handle: string }) => f.handle)).toEqual(["lapas-perempuan-tangerang"])
      const id = data.program.id
      const { data: changed } = await api.post(
        `/admin/campaigns/programs/${id}`,
        { name: "Wirausaha Baru IKM", facility_ids: [fid("lapas-perempuan-tangerang"), fid("lapas-perempuan-jambi")] },
        auth.operator
      )
      expect(changed.program.name).toBe("Wirausaha Baru IKM")
      expect(changed.program.facilities.map((f: { handle: string }) => f.handle).sort()).toEqual(["lapas-perempuan-jambi", "lapas-perempuan-tangerang"])
      const dup = await expectError(api.post("/admin/campaigns/programs", { handle: "patra-academy", name: "X", sponsor_company: "X" }, auth.operator))
      expect(dup.status).toBe(409)
      const { data: allExpos } = await api.get("/admin/campaigns/expos", auth.operator)
      expect(allExpos.expos).toEqual([expect.objectContaining({ handle: "smexpo-2026", program_id: ids["srikandi-mandiri"] })])
      // a program with expos cannot be deleted; one without can
      expect((await expectError(api.delete(`/admin/campaigns/programs/${ids["srikandi-mandiri"]}`, auth.operator))).status).toBe(409)
      await api.delete(`/admin/campaigns/programs/${id}`, auth.operator)
      expect((await expectError(api.get(`/admin/campaigns/programs/${id}`, auth.operator))).status).toBe(404)
      expect((await api.get("/store/programs/srikandi-mandiri", storeHeaders(seed.publishableKey))).data.program.facilities).toHaveLength(1)
    })

    it("seeds again without duplicating programs, expos, sales channels or logins", async () => {
      const before = {
        programs: (await api.get("/admin/campaigns/programs", auth.operator)).data.count,
        staff: (await api.get("/admin/campaigns/csr-staff", auth.operator)).data.count,
        channels: await channelCount(),
      }
      await seedStore(getContainer())
      expect((await api.get("/admin/campaigns/programs", auth.operator)).data.count).toBe(before.programs)
      expect((await api.get("/admin/campaigns/csr-staff", auth.operator)).data.count).toBe(before.staff)
      expect(await channelCount()).toBe(before.channels)
      expect((await api.get("/portal/csr/expos", auth.srikandi)).data.expos).toHaveLength(1)
    })
  },
})

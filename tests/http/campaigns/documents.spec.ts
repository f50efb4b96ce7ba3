// An expo's printed matter on a real PostgreSQL with the seeded store: the tag sheet and the catalogue of SMEXPO 2026
// (five featured products) read back from the PDF bytes — names, the prices the store API answers, facilities, a
// registered motif's credit as its creators consented, the cover's expo, dates and sponsor — and their QR codes
// decoded from the drawn modules to the product pages carrying `?expo=smexpo-2026`. Nothing private of any participant
// is printed. Only the expo's own program's CSR staff and operators get the documents.
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_CSR, DEMO_OPERATOR, DEMO_STAFF_PASSWORD, participants, staff, type SeedResult } from "@karya/seed"
import { backendDir, expectError, seedStore, storeHeaders } from "../../helpers/medusa"
import { pdfText } from "../../helpers/pdf-text"
import { pdfQrCodes } from "../../helpers/pdf-qr"

type Bearer = { headers: { authorization: string } }
type FeaturedProduct = { id: string; title: string; handle: string }

const PATRA_CSR = { email: "csr.patra@example.com", password: "patra-rahasia-123", name: "Tim CSR PATRA" }
const SMEXPO_HANDLES = ["bolu-kojo-pandan", "keripik-tempe-srikandi", "roti-manis-srikandi", "selendang-songket-limar", "songket-lepus-benang-emas-merah"]
const MOTIF = { title: "Bunga Tanjung Sriwijaya", registration_number: "000470201", application_number: "EC00202400777" }
const storefront = (process.env.STOREFRONT_URL?.trim() || "http://localhost:5173").replace(/\/+$/, "")
const productUrl = (handle: string) => `${storefront}/products/${handle}?expo=smexpo-2026`

// pdfkit writes Helvetica in WinAnsi; pdfText reads Latin-1, which differs from it in 0x80–0x9F
const WIN_ANSI: Record<string, string> = { "\u0085": "…", "\u0091": "‘", "\u0092": "’", "\u0093": "“", "\u0094": "”", "\u0096": "–", "\u0097": "—" }
const textOf = (pdf: Buffer) => pdfText(pdf).replace(/[\u0080-\u009f]/g, (c) => WIN_ANSI[c] ?? c)
/** Wrapped lines joined back with one space, as a reader sees them. */
const flat = (text: string) => text.replace(/\s+/g, " ")
const rupiah = (amount: number) => `Rp ${new Intl.NumberFormat("id-ID").format(amount)}`

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    const auth = {} as Record<"operator" | "srikandi" | "patra" | "facility", Bearer>
    let expoId = ""
    let featured: FeaturedProduct[] = []

    const token = async (actor: string, email: string, password: string): Promise<Bearer> => ({
      headers: { authorization: `Bearer ${(await api.post(`/auth/${actor}/emailpass`, { email, password })).data.token}` },
    })
    const pdf = async (url: string, who: Bearer) => {
      const res = await api.get(url, { ...who, responseType: "arraybuffer" })
      return { status: res.status, headers: res.headers as Record<string, string>, body: Buffer.from(res.data as ArrayBuffer) }
    }
    /** What the store answers for a product: its variants' IDR prices in the seeded region, as a tag should print them. */
    const storePrice = async (handle: string) => {
      const { data } = await api.get(
        `/store/products?handle=${handle}&region_id=${seed.regionId}&fields=id,handle,*variants.calculated_price`,
        storeHeaders(seed.publishableKey)
      )
      const amounts = (data.products[0].variants as { calculated_price: { calculated_amount: number } }[]).map((v) => v.calculated_price.calculated_amount)
      const low = Math.min(...amounts)
      return amounts.some((a) => a !== low) ? `mulai ${rupiah(low)}` : rupiah(low)
    }
    /** A registered motif of LPP Palembang by Kak Dewi (shows her display name) and Ibu Fitri (no consent: anonymous),
     * used by the songket lepus, set up through the motif routes as a facility would. */
    const creditSongketMotif = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: facilities } = await query.graph({ entity: "facility", fields: ["id"], filters: { handle: "lpp-palembang" } })
      const { data: makers } = await query.graph({
        entity: "participant",
        fields: ["id", "registration_number"],
        filters: { registration_number: ["PLG-2022-1204", "PLG-2022-0819"] },
      })
      const idOf = (number: string) => makers.find((m: { registration_number: string }) => m.registration_number === number)!.id as string
      const { data } = await api.post(
        "/admin/motifs",
        {
          ...MOTIF,
          facility_id: facilities[0]!.id,
          status: "registered",
          creators: [
            { participant_id: idOf("PLG-2022-1204"), share: 2 },
            { participant_id: idOf("PLG-2022-0819"), share: 1 },
          ],
        },
        auth.operator
      )
      const songket = featured.find((p) => p.handle === "songket-lepus-benang-emas-merah")!
      await api.post(`/portal/facility/products/${songket.id}/motifs`, { motif_ids: [data.motif.id] }, auth.facility)
    }
    /** Nothing private of any participant, in the text nor anywhere in the file. (The promo code is public: the
     * catalogue's cover prints it.) */
    const expectNothingPrivate = (file: Buffer) => {
      const text = textOf(file)
      const raw = file.toString("latin1")
      for (const p of participants) {
        for (const secret of [p.legal_name, p.registration_number]) {
          expect(text).not.toContain(secret)
          expect(raw).not.toContain(secret)
        }
      }
    }

    beforeAll(async () => {
      seed = await seedStore(getContainer())
    })

    beforeEach(async () => {
      auth.operator = await token("user", DEMO_OPERATOR.email, DEMO_OPERATOR.password)
      const { data: programs } = await api.get("/admin/campaigns/programs", auth.operator)
      const patra = programs.programs.find((p: { handle: string }) => p.handle === "patra-academy")
      await api.post("/admin/campaigns/csr-staff", { ...PATRA_CSR, program_ids: [patra.id] }, auth.operator)
      auth.srikandi = await token("csr_staff", DEMO_CSR.email, DEMO_CSR.password)
      auth.patra = await token("csr_staff", PATRA_CSR.email, PATRA_CSR.password)
      const manager = staff.find((s) => s.facility === "lpp-palembang" && s.role === "manager")!
      auth.facility = await token("facility_staff", manager.email, DEMO_STAFF_PASSWORD)
      const { data } = await api.get("/portal/csr/expos", auth.srikandi)
      expoId = data.expos.find((e: { handle: string }) => e.handle === "smexpo-2026").id
      featured = (await api.get(`/portal/csr/expos/${expoId}`, auth.srikandi)).data.expo.products
      expect(featured.map((p) => p.handle).sort()).toEqual(SMEXPO_HANDLES)
    })

    it("prints a tag for each featured product: name, store price, facility, motif credit as consented and a QR code to its page with the expo", async () => {
      await creditSongketMotif()
      const res = await pdf(`/portal/csr/expos/${expoId}/documents/tags`, auth.srikandi)
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toMatch(/^application\/pdf/)
      expect(res.headers["content-disposition"]).toBe('attachment; filename="label-smexpo-2026.pdf"')
      expect(res.body.subarray(0, 5).toString()).toBe("%PDF-")

      // the tags in print order: each starts with its header line; the QR codes in reading order are the same tags
      const tags = textOf(res.body).split(/(?=KARYA LAPAS · SMEXPO 2026)/).filter((t) => t.startsWith("KARYA LAPAS")).map(flat)
      const codes = pdfQrCodes(res.body)
      expect(tags).toHaveLength(5)
      expect(codes).toHaveLength(5)
      expect(new Set(codes.map((c) => c.page))).toEqual(new Set([1]))
      const seen: string[] = []
      for (const [i, tag] of tags.entries()) {
        const product = featured.find((p) => tag.includes(p.title))
        expect(product, `tag ${i}: ${tag}`).toBeDefined()
        seen.push(product!.handle)
        expect(tag).toContain(await storePrice(product!.handle))
        expect(tag).toContain("LPP Kelas IIA Palembang")
        // the QR code printed on this tag, decoded from the drawn modules, and the URL printed under it
        expect(codes[i]!.text).toBe(productUrl(product!.handle))
        expect(tag.replace(/\s/g, "")).toContain(productUrl(product!.handle).replace(/^https?:\/\//, ""))
        if (product!.handle === "songket-lepus-benang-emas-merah") {
          expect(tag).toContain(`Motif ${MOTIF.title}`)
          expect(tag).toContain("Motif terdaftar DJKI")
          expect(tag).toContain("Pencipta: Kak Dewi; Pembuat, LPP Palembang")
          expect(tag).not.toContain("Ibu Fitri") // her display name, which she did not consent to show
        } else {
          expect(tag).not.toContain("Motif")
        }
      }
      expect(seen.sort()).toEqual(SMEXPO_HANDLES)
      // prices as the store shows them, spot-checked against the seed's figures
      expect(tags.find((t) => t.includes("Songket Lepus Benang Emas"))).toContain("Rp 4.250.000")
      expect(tags.find((t) => t.includes("Keripik Tempe"))).toContain("mulai Rp 20.000")
      expectNothingPrivate(res.body)
    })

    it("repeats each product's tag side by side for ?copies=, onto as many pages as needed", async () => {
      const res = await pdf(`/portal/csr/expos/${expoId}/documents/tags?copies=3`, auth.srikandi)
      const codes = pdfQrCodes(res.body)
      expect(codes).toHaveLength(15)
      expect(codes.map((c) => c.page)).toEqual([...Array(8).fill(1), ...Array(7).fill(2)])
      const urls = codes.map((c) => c.text)
      for (let i = 0; i < 15; i += 3) {
        expect(urls[i]).toMatch(/\/products\/[a-z0-9-]+\?expo=smexpo-2026$/)
        expect(urls.slice(i, i + 3)).toEqual([urls[i], urls[i], urls[i]])
      }
      expect(new Set(urls)).toEqual(new Set(SMEXPO_HANDLES.map(productUrl)))
    })

    it("prints the catalogue: a cover with the expo, its dates and sponsor, then every product with price, craft, facility, description, credit and QR", async () => {
      await creditSongketMotif()
      const res = await pdf(`/portal/csr/expos/${expoId}/documents/catalogue`, auth.srikandi)
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toMatch(/^application\/pdf/)
      expect(res.headers["content-disposition"]).toBe('attachment; filename="katalog-smexpo-2026.pdf"')
      const text = flat(textOf(res.body))

      const cover = text.slice(0, text.indexOf("Katalog SMEXPO 2026 · Palembang"))
      for (const expected of [
        "SMEXPO 2026",
        "Palembang Sport and Convention Center, Palembang",
        "4–6 Desember 2026",
        "pukul 09.00–21.00 WIB",
        "Srikandi Mandiri",
        "Didukung oleh Pertamina Patra Niaga Regional Sumbagsel (Integrated Terminal Palembang)",
        "5 produk dari LPP Kelas IIA Palembang",
        "SMEXPO26: diskon 10% untuk belanja daring selama expo", // the expo's promo code, a Medusa promotion
      ]) {
        expect(cover).toContain(expected)
      }
      expect(cover).not.toContain("Rp ")

      const codes = pdfQrCodes(res.body)
      expect(codes.map((c) => c.page)).toEqual([2, 2, 2, 2, 3])
      expect(new Set(codes.map((c) => c.text))).toEqual(new Set(SMEXPO_HANDLES.map(productUrl)))
      const crafts: Record<string, string> = {
        "songket-lepus-benang-emas-merah": "Songket",
        "selendang-songket-limar": "Songket",
        "keripik-tempe-srikandi": "Makanan Ringan",
        "roti-manis-srikandi": "Kue & Roti",
        "bolu-kojo-pandan": "Kue & Roti",
      }
      // each block, in order, from its title to the next one's
      const starts = featured.map((p) => ({ p, at: text.indexOf(p.title, cover.length) })).sort((a, b) => a.at - b.at)
      for (const [i, { p, at }] of starts.entries()) {
        expect(at, p.title).toBeGreaterThan(0)
        const block = text.slice(at, starts[i + 1]?.at ?? text.length)
        expect(block).toContain(await storePrice(p.handle))
        expect(block).toContain(`${crafts[p.handle]} · LPP Kelas IIA Palembang`)
        expect(codes[i]!.text).toBe(productUrl(p.handle))
        if (p.handle === "songket-lepus-benang-emas-merah") {
          expect(block).toContain("Songket lepus ditenun dengan benang emas")
          expect(block).toContain(`Motif ${MOTIF.title} · Motif terdaftar DJKI · Pencipta: Kak Dewi; Pembuat, LPP Palembang`)
        } else {
          expect(block).not.toContain("Motif")
        }
      }
      expect(text).not.toContain("Ibu Fitri")
      expectNothingPrivate(res.body)
    })

    it("gives operators the same documents for any expo, leaves unpublished products out and answers 409 for an expo with none", async () => {
      const tags = await pdf(`/admin/campaigns/expos/${expoId}/documents/tags?copies=2`, auth.operator)
      expect(tags.headers["content-disposition"]).toBe('attachment; filename="label-smexpo-2026.pdf"')
      expect(pdfQrCodes(tags.body)).toHaveLength(10)
      const catalogue = await pdf(`/admin/campaigns/expos/${expoId}/documents/catalogue`, auth.operator)
      expect(catalogue.headers["content-disposition"]).toBe('attachment; filename="katalog-smexpo-2026.pdf"')
      expect(flat(textOf(catalogue.body))).toContain("4–6 Desember 2026")

      // a featured product taken off the store has no page for its QR code to open: it is not printed
      const bolu = featured.find((p) => p.handle === "bolu-kojo-pandan")!
      await api.post(`/admin/products/${bolu.id}`, { status: "draft" }, auth.operator)
      const fewer = pdfQrCodes((await pdf(`/portal/csr/expos/${expoId}/documents/tags`, auth.srikandi)).body)
      expect(fewer.map((c) => c.text).sort()).toEqual(SMEXPO_HANDLES.filter((h) => h !== "bolu-kojo-pandan").map(productUrl).sort())
      expect(textOf((await pdf(`/portal/csr/expos/${expoId}/documents/catalogue`, auth.srikandi)).body)).not.toContain("Bolu Kojo")

      // an expo without featured products: nothing to print, and the answer says what is missing
      const { data } = await api.post(
        "/portal/csr/expos",
        {
          handle: "bazar-plaju-2027",
          name: "Bazar Plaju 2027",
          venue: "Balai Kota",
          city: "Palembang",
          starts_at: "2027-03-01T09:00:00+07:00",
          ends_at: "2027-03-02T17:00:00+07:00",
          program_id: (await api.get("/portal/csr/programs", auth.patra)).data.programs[0].id,
        },
        auth.patra
      )
      for (const [url, who] of [
        [`/portal/csr/expos/${data.expo.id}/documents/tags`, auth.patra],
        [`/portal/csr/expos/${data.expo.id}/documents/catalogue`, auth.patra],
        [`/admin/campaigns/expos/${data.expo.id}/documents/tags`, auth.operator],
      ] as const) {
        const empty = await expectError(api.get(url, who))
        expect(empty.status, url).toBe(409)
        expect(empty.data.type).toBe("conflict")
        expect(empty.data.message).toContain("product_ids")
      }
      expect((await expectError(api.get("/admin/campaigns/expos/expo_tidak_ada/documents/catalogue", auth.operator))).status).toBe(404)
    })

    it("refuses other programs' staff (404), anyone not signed in as CSR staff (401) and a bad number of copies (400 naming copies)", async () => {
      const customer = {
        headers: {
          authorization: `Bearer ${(await api.post("/auth/customer/emailpass/register", { email: "pembeli@example.com", password: "rahasia-123" })).data.token}`,
        },
      }
      for (const kind of ["tags", "catalogue"]) {
        const url = `/portal/csr/expos/${expoId}/documents/${kind}`
        expect((await expectError(api.get(url, auth.patra))).status, `${kind} as PATRA's staff`).toBe(404)
        expect((await expectError(api.get(url))).status, `${kind} anonymous`).toBe(401)
        expect((await expectError(api.get(url, auth.facility))).status, `${kind} as facility staff`).toBe(401)
        expect((await expectError(api.get(url, customer))).status, `${kind} as a customer`).toBe(401)
        expect((await expectError(api.get(url, auth.operator))).status, `${kind} as an operator on the portal`).toBe(401)
        expect((await expectError(api.get(`/admin/campaigns/expos/${expoId}/documents/${kind}`, auth.srikandi))).status).toBe(401)
        expect((await expectError(api.get(`/admin/campaigns/expos/${expoId}/documents/${kind}`))).status).toBe(401)
      }
      // an unknown expo answers as another program's does
      expect((await expectError(api.get(`/portal/csr/expos/expo_tidak_ada/documents/tags`, auth.srikandi))).status).toBe(404)

      for (const copies of ["0", "21", "1.5", "banyak", ""]) {
        for (const base of [`/portal/csr/expos/${expoId}`, `/admin/campaigns/expos/${expoId}`]) {
          const bad = await expectError(api.get(`${base}/documents/tags?copies=${copies}`, base.startsWith("/admin") ? auth.operator : auth.srikandi))
          expect(bad.status, `copies=${copies}`).toBe(400)
          expect(bad.data.type).toBe("invalid_data")
          expect(bad.data.message).toContain("copies")
        }
      }
      const unknown = await expectError(api.get(`/portal/csr/expos/${expoId}/documents/tags?kopi=2`, auth.srikandi))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("kopi")
      expect((await pdf(`/portal/csr/expos/${expoId}/documents/tags?copies=20`, auth.srikandi)).status).toBe(200)
    })
  },
})

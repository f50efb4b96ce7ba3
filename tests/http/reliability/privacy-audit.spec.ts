// Privacy audit on the seeded store WITH its demo sales: crawls every GET store route our plugins and Medusa expose
// (enumerated from the source, as the fuzz test does; path parameters filled with the ids the lists answer), the
// product list with every relation expanded, the search route with many queries (each participant's legal name and
// registration number among them), the order lookup for every demo order, both search indexes' stored documents
// (PostgreSQL's `search_document` rows, Meilisearch's documents and settings) and every expo tag sheet, catalogue and
// program report a CSR team or an operator can download (printed and handed out). Not one participant's legal name or
// registration number may appear, in any case, URL-encoded or not. Prints: routes crawled, bytes scanned, hits.
import { medusaIntegrationTestRunner } from "../../helpers/integration-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_CSR, DEMO_OPERATOR, DEMO_STAFF_PASSWORD, facilities, motifs, participants, programs, type SeedResult } from "@karya/seed"
import { reindexAll } from "@karya/plugin-search/lib/sync"
import { backendDir, seedStore, storeHeaders } from "../../helpers/medusa"
import { enumerateRoutes } from "../../helpers/fuzz-routes"
import { pdfText } from "../../helpers/pdf-text"
import { meilisearch, MEILISEARCH_ON } from "../search/search-helpers"

type Bearer = { headers: Record<string, string> }
type Hit = { where: string; needle: string; form: string }

/** Every way a private value could be written: as is, lowercased (the comparison ignores case), URL-encoded
 * (`%20` and `+` for spaces), and with its words run together or hyphens dropped (slugs, search keywords). */
function forms(value: string): Record<string, string> {
  const lower = value.toLowerCase()
  return {
    plain: lower,
    url: encodeURIComponent(value).toLowerCase(),
    form: lower.replace(/ /g, "+"),
    slug: lower.replace(/\s+/g, "-"),
    compact: lower.replace(/[\s-]+/g, ""),
  }
}
const NEEDLES = participants.flatMap((p) => [p.legal_name, p.registration_number]).map((value) => ({ value, forms: forms(value) }))

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    const crawled = new Set<string>()
    const skipped: string[] = []
    const unmounted: string[] = []
    const hits: Hit[] = []
    let bytes = 0

    /** Looks for every private value in one answer. */
    function scan(where: string, text: string) {
      bytes += Buffer.byteLength(text)
      const hay = text.toLowerCase()
      for (const n of NEEDLES) {
        for (const [form, needle] of Object.entries(n.forms)) {
          if (needle.length >= 6 && hay.includes(needle)) hits.push({ where, needle: n.value, form })
        }
      }
    }

    const store = () => storeHeaders(seed.publishableKey)
    /** GET a route, scan the answer (JSON, CSV or PDF: a PDF's drawn text and its raw bytes) and return it. */
    async function get(url: string, who: Bearer, label = url) {
      const res = await api.get(url, { ...who, responseType: "arraybuffer", validateStatus: () => true })
      const body = Buffer.from(res.data as ArrayBuffer)
      const type = String(res.headers["content-type"] ?? "")
      crawled.add(label)
      if (type.includes("pdf")) {
        scan(url, pdfText(body))
        scan(url, body.toString("latin1"))
        expect(body.subarray(0, 5).toString(), url).toBe("%PDF-")
      } else scan(url, body.toString("utf8"))
      return { status: res.status as number, text: body.toString("utf8"), type }
    }
    async function getJson<T = Record<string, unknown>>(url: string, who: Bearer, label = url): Promise<T> {
      const res = await get(url, who, label)
      expect(res.status, `${url}: ${res.text.slice(0, 200)}`).toBe(200)
      return JSON.parse(res.text) as T
    }

    beforeAll(async () => {
      seed = await seedStore(getContainer(), { sales: true })
      // Meilisearch outlives the test databases: rebuild both indexes from this store
      await reindexAll(getContainer())
    })

    afterAll(() => {
      console.log(
        `privacy audit: ${crawled.size} routes crawled, ${(bytes / 1024 / 1024).toFixed(1)} MB scanned, ` +
          `${NEEDLES.length} private values of ${participants.length} participants, hits ${hits.length}` +
          (skipped.length ? ` (not crawled: ${skipped.join(", ")})` : "") +
          (unmounted.length ? ` (not mounted: ${unmounted.join(", ")})` : "")
      )
    })

    it("no store route answers a legal name or registration number", async () => {
      const pk = store()
      const customer = await api.post("/auth/customer/emailpass/register", { email: "audit@example.com", password: "audit-rahasia-1" })
      await api.post("/store/customers", { email: "audit@example.com", first_name: "Audit", last_name: "Privasi" }, {
        headers: { ...pk.headers, authorization: `Bearer ${customer.data.token}` },
      })
      // the registration token names no customer yet: sign in again
      const login = await api.post("/auth/customer/emailpass", { email: "audit@example.com", password: "audit-rahasia-1" })
      const me: Bearer = { headers: { ...pk.headers, authorization: `Bearer ${login.data.token}` } }

      // the catalogue with every relation a product has, ours included
      const expanded =
        "*variants,*variants.calculated_price,*variants.options,*options,*options.values,*images,*tags,*type,*collection," +
        "*categories,*facility,*motifs,+metadata,+description,+subtitle,+material"
      const { products } = await getJson<{ products: { id: string; handle: string }[] }>(
        `/store/products?limit=100&region_id=${seed.regionId}&fields=${encodeURIComponent(expanded)}`,
        pk,
        "/store/products?fields=*"
      )
      expect(products.length).toBeGreaterThan(30)

      // a cart with a product in it, and the demo orders, so their routes have something to answer
      const { data: cart } = await api.post("/store/carts", { region_id: seed.regionId }, pk)
      const { data: variant } = await api.get(`/store/products/${products[0]!.id}?fields=variants.id`, pk)
      await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: variant.product.variants[0].id, quantity: 1 }, pk)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id", "email"] })
      expect(orders.length).toBeGreaterThan(5)

      // ids for the path parameters, from the list routes' answers
      const ids: Record<string, string[]> = { products: products.map((p) => p.id), orders: orders.map((o) => o.id as string), carts: [cart.cart.id] }
      const routes = enumerateRoutes().filter((r) => r.method === "GET" && r.group.startsWith("store"))
      const lists = routes.filter((r) => !r.path.includes("["))
      const details = routes.filter((r) => r.path.includes("["))
      const extra: Record<string, string> = {
        "/store/shipping-options": `?cart_id=${cart.cart.id}`,
        "/store/search": "?limit=48",
        "/store/products": `?limit=100&region_id=${seed.regionId}`,
      }
      for (const route of lists) {
        const who = route.path.startsWith("/store/customers") || route.path === "/store/orders" ? me : pk
        let res = await get(`${route.path}${extra[route.path] ?? "?limit=100"}`, who, route.path)
        // our strict routes refuse an unknown `limit`, some of Medusa's want the region: ask again
        if (res.status === 400 && !extra[route.path]) res = await get(route.path, who, route.path)
        if (res.status === 400 && !extra[route.path]) res = await get(`${route.path}?limit=100&region_id=${seed.regionId}`, who, route.path)
        // a route behind a feature flag that is off here (e.g. /store/locales) is not mounted: Express's HTML 404
        if (res.status === 404 && !res.type.includes("json")) {
          crawled.delete(route.path)
          unmounted.push(route.path)
          continue
        }
        expect(res.status, `${route.path}: ${res.text.slice(0, 200)}`).toBe(200)
        const body = JSON.parse(res.text) as Record<string, unknown>
        const resource = route.path.split("/")[2]!
        for (const value of Object.values(body)) {
          if (!Array.isArray(value)) continue
          const keys = value.map((v: Record<string, unknown>) => (resource === "currencies" ? v.code : resource === "facilities" || resource === "programs" ? v.handle : v.id))
          ids[resource] = [...new Set([...(ids[resource] ?? []), ...keys.filter((k): k is string => typeof k === "string")])]
        }
      }
      expect(ids.facilities).toHaveLength(facilities.length)
      expect(ids.programs?.length).toBe(programs.length)
      expect(ids.motifs?.length).toBeGreaterThan(0)

      for (const route of details) {
        const resource = route.path.split("/")[2]!
        const who = route.path.startsWith("/store/customers") ? me : pk
        const values = route.path.startsWith("/store/customers") ? [] : ids[resource] ?? []
        if (!values.length) {
          skipped.push(route.path)
          continue
        }
        for (const value of values) {
          const url = route.path.replace(/\[[^\]]+\]/, value)
          let res = await get(`${url}${resource === "products" ? `?region_id=${seed.regionId}` : ""}`, who, route.path)
          if (res.status === 400) res = await get(`${url}?region_id=${seed.regionId}`, who, route.path)
          // an order's own route needs its owner; everything else the list named must answer
          if (resource === "orders" && !route.path.endsWith("/payment")) expect([200, 401, 404], url).toContain(res.status)
          else expect(res.status, `${url}: ${res.text.slice(0, 200)}`).toBe(200)
        }
      }
      // a detail route is left out only when its list answered nothing (the seed has no collections, tags, types or
      // return reasons), or it is a signed-in customer's address and the audit customer has none
      for (const path of skipped) {
        if (path === "/store/customers/me/addresses/[address_id]") continue
        const list = `/store/${path.split("/")[2]}`
        expect(crawled.has(list), path).toBe(true)
        expect(ids[path.split("/")[2]!] ?? [], path).toEqual([])
      }
      expect(skipped.length).toBeLessThan(details.length / 2)
      expect(unmounted.length).toBeLessThan(3)

      // the order lookup for every demo order, as its buyer would ask
      // (booth sales at the expo have no buyer email: nothing to look up)
      const bought = orders.filter((o) => o.email)
      expect(bought.length).toBeGreaterThan(5)
      for (const o of bought) {
        const { data } = await api.post("/store/orders/lookup", { email: o.email, display_id: o.display_id }, pk)
        crawled.add("POST /store/orders/lookup")
        scan(`lookup #${o.display_id}`, JSON.stringify(data))
      }
      expect(hits).toEqual([])
    })

    it("the search route finds nothing private, whatever is asked", async () => {
      const pk = store()
      const queries = [
        "", "batik", "songket", "kue", "pembuat", "ibu", "jambi", "palembang", "tangerang",
        ...participants.flatMap((p) => [p.legal_name, p.registration_number, p.display_name, p.legal_name.split(" ")[0]!]),
        ...facilities.map((f) => f.name),
        ...motifs.map((m) => m.title),
      ]
      for (const q of queries) {
        const first = await getJson<{ total: number; hits: unknown[] }>(`/store/search?${new URLSearchParams({ q, limit: "48" })}`, pk, "/store/search")
        if (first.total > 48) await getJson(`/store/search?${new URLSearchParams({ q, limit: "48", page: "2" })}`, pk, "/store/search")
        // a registration number matches no product: it is in no index
        if (participants.some((p) => p.registration_number === q)) expect(first.total, q).toBe(0)
      }
      for (const f of facilities) await getJson(`/store/search?facility=${f.handle}&limit=48`, pk, "/store/search")
      for (const p of programs) await getJson(`/store/search?program=${p.handle}&limit=48`, pk, "/store/search")
      expect(hits).toEqual([])
    })

    it("neither search index stores a private value", async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows: Record<string, unknown>[] = await pg("search_document").select("*")
      expect(rows.length).toBeGreaterThan(30)
      scan("search_document", JSON.stringify(rows))
      crawled.add("index: search_document")
      if (MEILISEARCH_ON) {
        const docs = await meilisearch<{ results: unknown[] }>("/indexes/products/documents?limit=1000")
        expect(docs.results).toHaveLength(rows.length)
        scan("meilisearch documents", JSON.stringify(docs))
        scan("meilisearch settings", JSON.stringify(await meilisearch("/indexes/products/settings")))
        crawled.add("index: meilisearch products")
      }
      expect(hits).toEqual([])
    })

    it("no tag sheet, catalogue or report a CSR team or an operator downloads carries one", async () => {
      const token = async (actor: string, email: string, password: string): Promise<Bearer> => ({
        headers: { authorization: `Bearer ${(await api.post(`/auth/${actor}/emailpass`, { email, password })).data.token}` },
      })
      const csr = await token("csr_staff", DEMO_CSR.email, DEMO_CSR.password)
      const operator = await token("user", DEMO_OPERATOR.email, DEMO_OPERATOR.password)
      const today = new Date().toISOString().slice(0, 10)
      let pdfs = 0

      const own = await getJson<{ expos: { id: string }[] }>("/portal/csr/expos", csr)
      expect(own.expos.length).toBeGreaterThan(0)
      for (const e of own.expos) {
        for (const doc of ["tags?copies=2", "catalogue"]) {
          const res = await get(`/portal/csr/expos/${e.id}/documents/${doc}`, csr, `/portal/csr/expos/[id]/documents/${doc.split("?")[0]}`)
          expect(res.status).toBe(200)
          pdfs++
        }
        await getJson(`/portal/csr/expos/${e.id}/report`, csr, "/portal/csr/expos/[id]/report")
      }
      const mine = await getJson<{ programs: { id: string }[] }>("/portal/csr/programs", csr)
      for (const p of mine.programs) {
        for (const format of ["json", "csv", "pdf"]) {
          const res = await get(`/portal/csr/programs/${p.id}/report?from=2025-01-01&to=${today}&format=${format}`, csr, `/portal/csr/programs/[id]/report?format=${format}`)
          expect(res.status).toBe(200)
        }
        pdfs++
      }

      // operators download them for every expo and program
      const allExpos = await getJson<{ expos: { id: string }[] }>("/admin/campaigns/expos", operator)
      for (const e of allExpos.expos) {
        for (const doc of ["tags", "catalogue"]) {
          expect((await get(`/admin/campaigns/expos/${e.id}/documents/${doc}`, operator, `/admin/campaigns/expos/[id]/documents/${doc}`)).status).toBe(200)
          pdfs++
        }
        await getJson(`/admin/campaigns/expos/${e.id}/report`, operator, "/admin/campaigns/expos/[id]/report")
      }
      const allPrograms = await getJson<{ programs: { id: string }[] }>("/admin/campaigns/programs", operator)
      expect(allPrograms.programs).toHaveLength(programs.length)
      for (const p of allPrograms.programs) {
        for (const format of ["csv", "pdf"]) {
          const res = await get(`/admin/campaigns/programs/${p.id}/report?from=2025-01-01&to=${today}&format=${format}`, operator, `/admin/campaigns/programs/[id]/report?format=${format}`)
          expect(res.status).toBe(200)
        }
        pdfs++
      }
      expect(pdfs).toBeGreaterThan(4)
      expect(hits).toEqual([])
    })

    it("the audit would see a leak: the facility's own portal list does carry the private values", async () => {
      // proves the scanner finds what it looks for, on the one route meant to answer it (staff of her facility)
      const { data } = await api.post("/auth/facility_staff/emailpass", { email: "manajer.jambi@karyalapas.id", password: DEMO_STAFF_PASSWORD })
      const before = hits.length
      const { data: list } = await api.get("/portal/facility/participants?limit=100", { headers: { authorization: `Bearer ${data.token}` } })
      scan("portal (control)", JSON.stringify(list))
      const found = hits.splice(before)
      const jambi = participants.filter((p) => p.facility === "lapas-perempuan-jambi")
      expect(new Set(found.map((h) => h.needle))).toEqual(new Set(jambi.flatMap((p) => [p.legal_name, p.registration_number])))
      scan("control (encoded)", encodeURIComponent(jambi[0]!.legal_name.toUpperCase()))
      expect(hits.splice(before).map((h) => h.form)).toContain("url")
    })
  },
})

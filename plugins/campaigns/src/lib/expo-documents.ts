// An expo's printed matter: the tag sheet (a grid of product tags with QR codes to cut out and put on the goods) and
// the catalogue (a cover and one block per featured product). Pure functions over plain data, so the layout is unit
// tested; `loadExpoDocumentData` gathers that data. PDFs use pdfkit's built-in Helvetica (no font file, no network)
// and are written uncompressed, like revenue-split's statements. Only public facts go on paper: makers appear as they
// consented (facilities plugin's `publicMakerLabel`), never by legal name or registration number.
import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { PUBLIC_PARTICIPANT_FIELDS, publicMakerLabel, type MakerRecord } from "@karya/plugin-facilities/lib/maker-label"
import { formatRupiah } from "@karya/plugin-revenue-split/lib/rupiah"
import PDFDocument from "pdfkit"
import { drawQr, QUIET_ZONE_MODULES } from "./qr"
import { expoProductUrl, shortUrl, storefrontUrl } from "./storefront-url"

// ───────────────────────────── data ─────────────────────────────

export type MotifCredit = { title: string; status: "registered" | "applied"; creators: string[] }

export type DocumentProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  /** whole rupiah, one per priced variant (the store's IDR price) */
  prices: number[]
  facility: string | null
  craft: string | null
  motifs: MotifCredit[]
}

export type DocumentExpo = {
  handle: string
  name: string
  venue: string
  city: string
  starts_at: Date | string
  ends_at: Date | string
  /** the expo's promo code and its discount (a Medusa promotion valid during the expo), when it has one */
  promo?: { code: string; percentage: number } | null
  program: { name: string; sponsor_company: string; sponsor_unit: string; description: string } | null
}

export type ExpoDocumentData = { expo: DocumentExpo; products: DocumentProduct[]; storefront: string }

// ───────────────────────────── words ─────────────────────────────

/** `Rp 650.000`; `mulai Rp 20.000` when the variants differ in price. */
export function priceLabel(prices: number[]): string {
  if (!prices.length) return "Harga belum tersedia"
  const low = Math.min(...prices)
  return prices.some((p) => p !== low) ? `mulai ${formatRupiah(low)}` : formatRupiah(low)
}

/** Public labels joined so that an anonymous label ("Pembuat, LPP Palembang") is not read as two people. */
export function joinLabels(labels: string[]): string {
  const unique = [...new Set(labels)]
  return unique.join(unique.some((l) => l.includes(",")) ? "; " : ", ")
}

/** The credit a tag or catalogue block prints for one motif: its name, its DJKI standing, its creators as consented. */
export function motifCreditLines(m: MotifCredit): string[] {
  return [
    `Motif ${m.title}`,
    m.status === "registered" ? "Motif terdaftar DJKI" : "Motif dalam pendaftaran DJKI",
    ...(m.creators.length ? [`Pencipta: ${joinLabels(m.creators)}`] : []),
  ]
}

const JAKARTA = "Asia/Jakarta"
const dateParts = (d: Date | string) => {
  const parts = new Intl.DateTimeFormat("id-ID", {
    timeZone: JAKARTA,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(d))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ""
  return { weekday: part("weekday"), day: part("day"), month: part("month"), year: part("year"), time: `${part("hour")}.${part("minute")}` }
}

/** The expo's days in Bahasa Indonesia, Jakarta time: `4–6 Desember 2026`, `28 November – 2 Desember 2026`. */
export function expoDateRange(startsAt: Date | string, endsAt: Date | string): string {
  const a = dateParts(startsAt)
  const b = dateParts(endsAt)
  if (a.year !== b.year) return `${a.day} ${a.month} ${a.year} – ${b.day} ${b.month} ${b.year}`
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`
  if (a.day !== b.day) return `${a.day}–${b.day} ${b.month} ${b.year}`
  return `${a.weekday}, ${a.day} ${a.month} ${a.year}`
}

/** Opening hours, Jakarta time: `pukul 09.00–21.00 WIB` (the first day's opening to the last day's closing). */
export const expoHours = (startsAt: Date | string, endsAt: Date | string) =>
  `pukul ${dateParts(startsAt).time}–${dateParts(endsAt).time} WIB`

/** A description cut to whole sentences within `max` characters (else whole words and an ellipsis). */
export function shortDescription(text: string | null, max = 260): string {
  const clean = (text ?? "").replace(/\s+/g, " ").trim()
  if (clean.length <= max) return clean
  const head = clean.slice(0, max)
  const sentence = head.lastIndexOf(". ")
  if (sentence >= max / 3) return head.slice(0, sentence + 1)
  const word = head.lastIndexOf(" ")
  return `${head.slice(0, word > 0 ? word : max).replace(/[,;:]$/, "")}…`
}

/** Helvetica's widths scale with the size: the largest size in [min, max] at which a line of `widthAtOne` points
 * (its width at size 1) fits `width`; `min` when even that is too wide (the text then wraps). */
export function fitFontSize(widthAtOne: number, width: number, max: number, min: number): number {
  if (widthAtOne <= 0) return max
  return Math.max(min, Math.min(max, Math.floor((width / widthAtOne) * 10) / 10))
}

// ───────────────────────────── layout ─────────────────────────────

/** The height of `n` lines of Helvetica at `size` with `write`'s line gap (pdfkit: 1.156 × size per line). */
export const lines = (n: number, size: number) => n * (1.157 * size + 1)

export type Box = { x: number; y: number; width: number; height: number }

/** A4 in PDF points. */
export const A4 = { width: 595.28, height: 841.89 }

export const TAG_SHEET = { margin: 22, cols: 2, rows: 4, padding: 16, qr: 96, gap: 16, urlBand: 14 } as const

/** The quiet zone a QR code of `size` points needs around it. URLs of the shortest form still make a version 2 code
 * (25 modules), so its modules are at most size / 25 wide. */
export const quietZone = (size: number) => (QUIET_ZONE_MODULES * size) / 25

/** The cells of the tag grid on one page, row by row; their edges are the cut lines. */
export function tagCells(page = A4, sheet = TAG_SHEET): Box[] {
  const width = (page.width - 2 * sheet.margin) / sheet.cols
  const height = (page.height - 2 * sheet.margin) / sheet.rows
  const cells: Box[] = []
  for (let row = 0; row < sheet.rows; row++) {
    for (let col = 0; col < sheet.cols; col++) {
      cells.push({ x: sheet.margin + col * width, y: sheet.margin + row * height, width, height })
    }
  }
  return cells
}

/** Where a tag's parts go inside its cell: text on the left, the QR top right with its quiet zone clear of the text
 * and the cut lines, the caption under the QR, the printed URL across the bottom. */
export function tagLayout(cell: Box, sheet = TAG_SHEET) {
  const p = sheet.padding
  const qr = { x: cell.x + cell.width - p - sheet.qr, y: cell.y + p, size: sheet.qr }
  const url: Box = { x: cell.x + p, y: cell.y + cell.height - p - sheet.urlBand + 4, width: cell.width - 2 * p, height: sheet.urlBand }
  const text: Box = { x: cell.x + p, y: cell.y + p, width: qr.x - sheet.gap - (cell.x + p), height: url.y - 4 - (cell.y + p) }
  const caption: Box = { x: qr.x, y: qr.y + qr.size + quietZone(qr.size), width: qr.size, height: lines(1, 6.5) }
  return { text, qr, caption, url }
}

/** The tags in print order, `copies` of each product side by side, cut into pages of `perPage`. */
export function tagPages<T>(products: T[], copies: number, perPage = TAG_SHEET.cols * TAG_SHEET.rows): T[][] {
  const tags = products.flatMap((p) => Array.from({ length: copies }, () => p))
  const pages: T[][] = []
  for (let i = 0; i < tags.length; i += perPage) pages.push(tags.slice(i, i + perPage))
  return pages
}

export const CATALOGUE = { margin: 50, top: 78, block: 168, perPage: 4, qr: 88, gap: 24 } as const

/** Where a catalogue block goes on its page, and its parts: text on the left, the QR on the right with the URL under
 * it. Blocks are `CATALOGUE.perPage` to a page, between the running header and the footer. */
export function catalogueBlock(index: number, page = A4, c = CATALOGUE) {
  const width = page.width - 2 * c.margin
  const y = c.top + (index % c.perPage) * c.block
  const qr = { x: c.margin + width - c.qr - quietZone(c.qr), y: y + quietZone(c.qr), size: c.qr }
  const urlWidth = c.qr + 2 * quietZone(c.qr)
  return {
    page: Math.floor(index / c.perPage),
    block: { x: c.margin, y, width, height: c.block } satisfies Box,
    text: { x: c.margin, y: y + 12, width: qr.x - c.gap - c.margin, height: c.block - 24 } satisfies Box,
    qr,
    url: { x: qr.x + qr.size / 2 - urlWidth / 2, y: qr.y + qr.size + quietZone(c.qr), width: urlWidth, height: lines(3, 5.5) } satisfies Box,
  }
}

// ───────────────────────────── PDF ─────────────────────────────

type Doc = PDFKit.PDFDocument

function newDocument(title: string): { doc: Doc; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: "A4", margin: 0, compress: false, autoFirstPage: false, info: { Title: title, Author: "Karya Lapas" } })
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  return { doc, done }
}

type TextStyle = { font?: "Helvetica" | "Helvetica-Bold" | "Helvetica-Oblique"; size: number; color?: string; align?: "left" | "center" | "right" }

/** Writes `text` at (x, y) within `width`, at most `maxHeight` tall (cut with an ellipsis); answers the y below it. */
function write(doc: Doc, text: string, x: number, y: number, width: number, maxHeight: number, style: TextStyle): number {
  if (!text || maxHeight < style.size) return y
  doc.font(style.font ?? "Helvetica").fontSize(style.size).fillColor(style.color ?? "#000000")
  const options = { width, lineGap: 1, align: style.align ?? "left" }
  const height = Math.min(doc.heightOfString(text, options), maxHeight)
  // a hair over the measured height, so rounding never drops the last line that does fit
  doc.text(text, x, y, { ...options, height: height + 0.5, ellipsis: true })
  return y + height
}

/** One line at the largest size (max to min) that fits `width`. */
function writeFitted(doc: Doc, text: string, box: Box, style: TextStyle & { min: number }): number {
  doc.font(style.font ?? "Helvetica").fontSize(1)
  const size = fitFontSize(doc.widthOfString(text), box.width, style.size, style.min)
  return write(doc, text, box.x, box.y, box.width, box.height, { ...style, size })
}

function cutLines(doc: Doc, page = A4, sheet = TAG_SHEET) {
  const width = (page.width - 2 * sheet.margin) / sheet.cols
  const height = (page.height - 2 * sheet.margin) / sheet.rows
  doc.save().lineWidth(0.4).strokeColor("#9a9a9a").dash(4, { space: 3 })
  for (let col = 0; col <= sheet.cols; col++) doc.moveTo(sheet.margin + col * width, 0).lineTo(sheet.margin + col * width, page.height)
  for (let row = 0; row <= sheet.rows; row++) doc.moveTo(0, sheet.margin + row * height).lineTo(page.width, sheet.margin + row * height)
  doc.stroke().undash().restore()
}

function drawTag(doc: Doc, data: ExpoDocumentData, product: DocumentProduct, cell: Box) {
  const { text, qr, caption, url } = tagLayout(cell)
  const link = expoProductUrl(product.handle, data.expo.handle, data.storefront)
  const bottom = text.y + text.height
  let y = write(doc, `KARYA LAPAS · ${data.expo.name}`.toUpperCase(), text.x, text.y, text.width, lines(1, 6.5), { size: 6.5, color: "#7a5c2e" })
  y = write(doc, product.title, text.x, y + 4, text.width, lines(3, 12), { font: "Helvetica-Bold", size: 12 })
  y = writeFitted(doc, priceLabel(product.prices), { x: text.x, y: y + 5, width: text.width, height: lines(1, 14) }, { font: "Helvetica-Bold", size: 14, min: 9 })
  if (product.facility) y = write(doc, product.facility, text.x, y + 5, text.width, lines(2, 8), { size: 8, color: "#333333" })
  for (const motif of product.motifs) {
    y = write(doc, motifCreditLines(motif).join("\n"), text.x, y + 6, text.width, bottom - y - 6, { size: 7, color: "#333333" })
  }
  drawQr(doc, link, qr.x, qr.y, qr.size)
  write(doc, "Pindai untuk membeli", caption.x, caption.y, caption.width, lines(1, 6.5), { size: 6.5, color: "#333333", align: "center" })
  writeFitted(doc, shortUrl(link), url, { size: 7, min: 4.5, color: "#333333", align: "center" })
}

/** The tag sheet: A4 pages of 2 × 4 tags with dashed cut lines, `copies` tags of each product. */
export function tagSheetPdf(data: ExpoDocumentData, copies = 1): Promise<Buffer> {
  const { doc, done } = newDocument(`Label produk ${data.expo.name}`)
  const cells = tagCells()
  for (const page of tagPages(data.products, copies)) {
    doc.addPage({ size: "A4", margin: 0 })
    cutLines(doc)
    page.forEach((product, i) => drawTag(doc, data, product, cells[i]!))
  }
  doc.end()
  return done
}

function catalogueCover(doc: Doc, data: ExpoDocumentData) {
  const { expo } = data
  const x = CATALOGUE.margin
  const width = A4.width - 2 * x
  let y = write(doc, "KATALOG PRODUK · KARYA LAPAS", x, 120, width, 14, { size: 10, color: "#7a5c2e" })
  y = write(doc, expo.name, x, y + 10, width, 80, { font: "Helvetica-Bold", size: 30 })
  y = write(doc, `${expo.venue}, ${expo.city}`, x, y + 10, width, 40, { size: 14 })
  y = write(doc, expoDateRange(expo.starts_at, expo.ends_at), x, y + 8, width, 20, { font: "Helvetica-Bold", size: 14 })
  y = write(doc, expoHours(expo.starts_at, expo.ends_at), x, y + 4, width, 16, { size: 11, color: "#333333" })
  y += 24
  doc.save().moveTo(x, y).lineTo(x + width, y).lineWidth(0.6).strokeColor("#7a5c2e").stroke().restore()
  if (expo.program) {
    const p = expo.program
    y = write(doc, "PROGRAM", x, y + 20, width, 12, { size: 8, color: "#7a5c2e" })
    y = write(doc, p.name, x, y + 4, width, 24, { font: "Helvetica-Bold", size: 16 })
    const sponsor = p.sponsor_unit ? `${p.sponsor_company} (${p.sponsor_unit})` : p.sponsor_company
    y = write(doc, `Didukung oleh ${sponsor}`, x, y + 4, width, 32, { size: 11 })
    y = write(doc, p.description, x, y + 8, width, 70, { size: 10, color: "#333333" })
  }
  const facilities = [...new Set(data.products.map((p) => p.facility).filter((f): f is string => Boolean(f)))]
  y = write(doc, "PRODUK UNGGULAN", x, y + 24, width, 12, { size: 8, color: "#7a5c2e" })
  y = write(doc, `${data.products.length} produk${facilities.length ? ` dari ${facilities.join(", ")}` : ""}`, x, y + 4, width, 30, { size: 11 })
  if (expo.promo) {
    y = write(doc, "KODE PROMO", x, y + 24, width, 12, { size: 8, color: "#7a5c2e" })
    y = write(doc, `${expo.promo.code}: diskon ${expo.promo.percentage}% untuk belanja daring selama expo`, x, y + 4, width, 30, {
      font: "Helvetica-Bold",
      size: 12,
    })
  }
  const about =
    "Karya Lapas memasarkan karya perempuan warga binaan lembaga pemasyarakatan. Sebagian dari setiap penjualan " +
    "dibayarkan kepada para pembuatnya sebagai premi. Pindai kode QR pada setiap produk untuk membelinya secara daring."
  write(doc, about, x, A4.height - 130, width, 50, { size: 9, color: "#333333" })
  write(doc, shortUrl(data.storefront), x, A4.height - 80, width, 14, { font: "Helvetica-Bold", size: 10, color: "#7a5c2e" })
}

function catalogueProduct(doc: Doc, data: ExpoDocumentData, product: DocumentProduct, index: number) {
  const { block, text, qr, url } = catalogueBlock(index)
  const link = expoProductUrl(product.handle, data.expo.handle, data.storefront)
  const bottom = text.y + text.height
  let y = write(doc, product.title, text.x, text.y, text.width, lines(2, 14), { font: "Helvetica-Bold", size: 14 })
  y = write(doc, priceLabel(product.prices), text.x, y + 3, text.width, lines(1, 12), { font: "Helvetica-Bold", size: 12, color: "#7a5c2e" })
  const meta = [product.craft, product.facility].filter(Boolean).join(" · ")
  y = write(doc, meta, text.x, y + 4, text.width, lines(2, 8.5), { size: 8.5, color: "#555555" })
  const credits = product.motifs.flatMap(motifCreditLines)
  const creditHeight = credits.length ? lines(Math.min(credits.length, 3), 8) + 4 : 0
  y = write(doc, shortDescription(product.description), text.x, y + 5, text.width, Math.max(0, bottom - y - 5 - creditHeight), { size: 9 })
  if (credits.length) write(doc, credits.join(" · "), text.x, y + 4, text.width, bottom - y - 4, { size: 8, color: "#333333" })
  drawQr(doc, link, qr.x, qr.y, qr.size)
  write(doc, shortUrl(link), url.x, url.y, url.width, url.height, { size: 5.5, color: "#333333", align: "center" })
  // a rule between blocks, none above a page's first
  if (index % CATALOGUE.perPage > 0) {
    doc.save().moveTo(block.x, block.y).lineTo(block.x + block.width, block.y).lineWidth(0.4).strokeColor("#cccccc").stroke().restore()
  }
}

function pageFrame(doc: Doc, data: ExpoDocumentData, pageNumber: number) {
  const x = CATALOGUE.margin
  const width = A4.width - 2 * x
  write(doc, `Katalog ${data.expo.name} · ${data.expo.city}`, x, 40, width, 12, { size: 8, color: "#7a5c2e" })
  write(doc, `Karya Lapas · halaman ${pageNumber}`, x, A4.height - 40, width, 12, { size: 8, color: "#777777", align: "right" })
}

/** The catalogue: a cover (expo, venue, dates, program and sponsor), then the featured products four to a page.
 * Product photos are left out: they are the store's uploads (SVG drawings in the demo, remote URLs in production),
 * and building a document never fetches from the network. */
export function cataloguePdf(data: ExpoDocumentData): Promise<Buffer> {
  const { doc, done } = newDocument(`Katalog ${data.expo.name}`)
  doc.addPage({ size: "A4", margin: 0 })
  catalogueCover(doc, data)
  data.products.forEach((product, index) => {
    if (index % CATALOGUE.perPage === 0) {
      doc.addPage({ size: "A4", margin: 0 })
      pageFrame(doc, data, Math.floor(index / CATALOGUE.perPage) + 2)
    }
    catalogueProduct(doc, data, product, index)
  })
  doc.end()
  return done
}

// ───────────────────────────── loading ─────────────────────────────

type Graph = { graph: (q: object) => Promise<{ data: unknown[] }> }

type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  status: string
  facility?: { name: string; short_name: string } | null
  categories?: ({ name: string } | null)[]
  variants?: ({ calculated_price?: { calculated_amount: number | string | null; currency_code?: string } | null } | null)[]
  motifs?: ({ id: string; title: string; status: string; creators?: ({ participant_id: string; share: number } | null)[] } | null)[]
}

type ExpoRow = {
  id: string
  handle: string
  name: string
  venue: string
  city: string
  starts_at: Date | string
  ends_at: Date | string
  promo_code?: string | null
  promo_percentage?: number | null
  program?: { name: string; sponsor_company: string; sponsor_unit: string; description_id: string } | null
  products?: ({ id: string } | null)[]
}

/** Everything the tag sheet and the catalogue print for an expo: its published featured products, by title, with
 * the store's IDR price (as `/store/products` prices them for the store's IDR region), facility, craft and the
 * credit of their public motifs. Throws 404 for an unknown expo and 409 when it has no published featured product. */
export async function loadExpoDocumentData(scope: MedusaContainer, expoId: string): Promise<ExpoDocumentData> {
  const query = scope.resolve<Graph>(ContainerRegistrationKeys.QUERY)
  const { data: expos } = await query.graph({
    entity: "expo",
    fields: [
      "id", "handle", "name", "venue", "city", "starts_at", "ends_at", "promo_code", "promo_percentage",
      "program.name", "program.sponsor_company", "program.sponsor_unit", "program.description_id", "products.id",
    ],
    filters: { id: expoId },
  })
  const expo = expos[0] as ExpoRow | undefined
  if (!expo) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Expo with id ${expoId} was not found`)

  const productIds = (expo.products ?? []).flatMap((p) => (p ? [p.id] : []))
  const rows = productIds.length ? await loadProducts(scope, productIds) : []
  const published = rows.filter((p) => p.status === "published")
  if (!published.length) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `product_ids: expo ${expo.handle} has no published featured products to print; add some first`
    )
  }
  const labels = await makerLabels(scope, published)
  const products = published
    .map((p): DocumentProduct => ({
      id: p.id,
      handle: p.handle,
      title: p.title,
      subtitle: p.subtitle,
      description: p.description,
      prices: (p.variants ?? []).flatMap((v) => {
        // IDR prices are whole rupiah already; rounding only keeps a stray fraction off the paper
        const amount = v?.calculated_price?.calculated_amount
        return amount === null || amount === undefined ? [] : [Math.round(Number(amount))]
      }),
      facility: p.facility?.name ?? null,
      craft: (p.categories ?? []).find((c) => c?.name)?.name ?? null,
      motifs: (p.motifs ?? []).flatMap((m) =>
        m && (m.status === "registered" || m.status === "applied")
          ? [{
              title: m.title,
              status: m.status,
              // largest share first, as the store's credit line orders them
              creators: [...(m.creators ?? [])]
                .flatMap((c) => (c ? [c] : []))
                .sort((a, b) => b.share - a.share)
                .map((c) => labels.get(c.participant_id) ?? `Pembuat, ${p.facility?.short_name ?? "Karya Lapas"}`),
            }]
          : []
      ),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, "id"))

  return {
    expo: {
      handle: expo.handle,
      name: expo.name,
      venue: expo.venue,
      city: expo.city,
      starts_at: expo.starts_at,
      ends_at: expo.ends_at,
      promo: expo.promo_code ? { code: expo.promo_code, percentage: expo.promo_percentage ?? 10 } : null,
      program: expo.program
        ? { name: expo.program.name, sponsor_company: expo.program.sponsor_company, sponsor_unit: expo.program.sponsor_unit, description: expo.program.description_id }
        : null,
    },
    products,
    storefront: storefrontUrl(),
  }
}

async function loadProducts(scope: MedusaContainer, ids: string[]): Promise<ProductRow[]> {
  const query = scope.resolve<Graph>(ContainerRegistrationKeys.QUERY)
  // the store's prices: the pricing context /store/products builds for a region (its id and currency)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { currency_code: "idr" } })
  const region = regions[0] as { id: string } | undefined
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id", "handle", "title", "subtitle", "description", "status",
      "facility.name", "facility.short_name", "categories.name",
      "variants.id", "variants.calculated_price.calculated_amount", "variants.calculated_price.currency_code",
      "motifs.id", "motifs.title", "motifs.status", "motifs.creators.participant_id", "motifs.creators.share",
    ],
    filters: { id: ids },
    context: { variants: { calculated_price: QueryContext({ ...(region ? { region_id: region.id } : {}), currency_code: "idr" }) } },
  })
  return data as ProductRow[]
}

/** Each motif creator's public label (display name while she consents, else "Pembuat, <facility>"). Only public
 * participant fields are read. */
async function makerLabels(scope: MedusaContainer, products: ProductRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(products.flatMap((p) => (p.motifs ?? []).flatMap((m) => (m?.creators ?? []).flatMap((c) => (c ? [c.participant_id] : [])))))]
  if (!ids.length) return new Map()
  const query = scope.resolve<Graph>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "participant", fields: [...PUBLIC_PARTICIPANT_FIELDS, "facility.short_name"], filters: { id: ids } })
  return new Map(
    (data as (MakerRecord & { facility?: { short_name: string } | null })[]).map((p) => [p.id, publicMakerLabel(p, p.facility?.short_name ?? "Karya Lapas")])
  )
}

/** A document of the expo as a file to send: the PDF and its file name. */
export async function renderExpoDocument(scope: MedusaContainer, expoId: string, kind: "tags" | "catalogue", copies = 1) {
  const data = await loadExpoDocumentData(scope, expoId)
  return kind === "tags"
    ? { filename: `label-${data.expo.handle}.pdf`, pdf: await tagSheetPdf(data, copies) }
    : { filename: `katalog-${data.expo.handle}.pdf`, pdf: await cataloguePdf(data) }
}

/** Answers the document as a download named after the expo (`label-<handle>.pdf`, `katalog-<handle>.pdf`). */
export async function sendExpoDocument(scope: MedusaContainer, res: MedusaResponse, expoId: string, kind: "tags" | "catalogue", copies = 1) {
  let document
  try {
    document = await renderExpoDocument(scope, expoId, kind, copies)
  } catch (error) {
    // Medusa's error handler answers every CONFLICT with a generic "retry" message; this one says what to do
    if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "conflict", message: (error as MedusaError).message })
      return
    }
    throw error
  }
  const { filename, pdf } = document
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.setHeader("Cache-Control", "no-store")
  // the Portal runs on the storefront's origin and names the saved file from this header
  res.setHeader("Access-Control-Expose-Headers", "Content-Disposition")
  res.send(pdf)
}

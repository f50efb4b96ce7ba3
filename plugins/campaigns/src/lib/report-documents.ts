// The program impact report as files: CSV (one table per section, amounts as plain integers, for a spreadsheet) and an
// A4 PDF in Bahasa Indonesia with its charts drawn as pdfkit vector shapes (no chart library, no font file: pdfkit's
// built-in Helvetica). Counts and sums only: nothing here names a participant.
import PDFDocument from "pdfkit"
import { toCsv } from "@karya/plugin-revenue-split/lib/documents"
import { formatRupiah } from "@karya/plugin-revenue-split/lib/rupiah"
import type { ProgramReport } from "./reports"

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
/** `2026-11` → `Nov 2026` */
export const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`
/** `2025-10-25` → `25 Oktober 2025` */
export const dayLabel = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("id-ID", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" })
const count = (n: number) => n.toLocaleString("id-ID")

export const SHARED_FACILITY_NOTE =
  "Angka setiap lapas adalah seluruh buku besar lapas itu dalam periode ini, dari semua saluran penjualan: program lain yang bermitra dengan lapas yang sama melihat angka yang sama."
const REVENUE_NOTE =
  "Pendapatan: nilai barang yang dibagi di buku besar pembuat (penjualan dikurangi pengembalian dana), tanpa ongkos kirim dan pajak. Premi: bagian premi dari pendapatan itu."
const EXPO_NOTE = "Angka expo: pesanan yang datang lewat stan atau kode QR expo dalam periode ini, dengan seluruh entri buku besarnya."
const PRIVACY_NOTE = "Laporan ini hanya memuat jumlah: tidak ada nama atau nomor registrasi peserta."

/** Where the report is saved: `laporan-<program handle>-<from>-<to>.<ext>`. */
export const reportFileName = (r: ProgramReport, ext: "csv" | "pdf") => `laporan-${r.program.handle}-${r.period.from}-${r.period.to}.${ext}`

/** Sections, each with its header row; a blank row between them. Amounts in whole rupiah, counts as integers. */
export function programReportCsv(r: ProgramReport): string {
  const facilityRow = (label: string, city: string, f: ProgramReport["totals"]) => [
    label,
    city,
    f.participants_trained,
    f.participants_earning,
    f.premi_credited,
    f.premi_paid_out,
    f.products_sold,
    f.revenue,
  ]
  return toCsv([
    ["Laporan dampak program", r.program.name],
    ["Sponsor", r.program.sponsor.company, r.program.sponsor.unit],
    ["Periode", r.period.from, r.period.to],
    ["Target SDG", r.program.sdg_targets.join("; ")],
    ["Keterampilan", r.program.skills.join("; ")],
    [],
    ["Lapas", "Kota", "Peserta dilatih", "Peserta memperoleh premi", "Premi dikreditkan (Rp)", "Premi dibayarkan (Rp)", "Produk terjual", "Pendapatan (Rp)"],
    ...r.facilities.map((f) => facilityRow(f.name, f.city, f)),
    facilityRow("Total", "", r.totals),
    [],
    ["Expo", "Nama", "Pesanan", "Pendapatan (Rp)", "Premi (Rp)"],
    ...r.expos.map((x) => [x.handle, x.name, x.orders, x.revenue, x.premi]),
    [],
    ["Bulan", "Pendapatan (Rp)", "Premi (Rp)"],
    ...r.by_month.map((m) => [m.month, m.revenue, m.premi]),
    [],
    ["Catatan", SHARED_FACILITY_NOTE],
    ["Catatan", PRIVACY_NOTE],
  ])
}

type Doc = InstanceType<typeof PDFDocument>
type Series = { name: string; color: string }

const INK = "#1f2937"
const MUTED = "#6b7280"
const RULE = "#d1d5db"
const REVENUE_COLOR = "#8a3b12"
const PREMI_COLOR = "#d9a441"
const PAID_COLOR = "#3f7d58"
const LEFT = 50

/** A legend row: a colour square and the series' name. */
function legend(doc: Doc, series: Series[], x: number, y: number) {
  let at = x
  doc.font("Helvetica").fontSize(8)
  for (const s of series) {
    doc.rect(at, y + 1, 8, 8).fill(s.color)
    doc.fillColor(INK).text(s.name, at + 12, y, { lineBreak: false })
    at += 12 + doc.widthOfString(s.name) + 16
  }
}

/** The axis' top: the smallest 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k at or above the largest value, so gridlines read as round sums. */
export function niceMax(value: number): number {
  if (value <= 0) return 0
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((f) => f * power >= value)!
  return step * power
}

/** Vertical grouped bars: one group per label, one bar per series; negative values draw no bar. Labels are thinned
 * so that at most about twelve show. */
function columnChart(doc: Doc, box: { x: number; y: number; width: number; height: number }, groups: { label: string; values: number[] }[], series: Series[]) {
  const max = niceMax(Math.max(0, ...groups.flatMap((g) => g.values)))
  const axisWidth = 70
  const plot = { x: box.x + axisWidth, y: box.y, width: box.width - axisWidth, height: box.height - 18 }
  doc.lineWidth(0.5).strokeColor(RULE)
  for (const f of [0, 0.5, 1]) {
    const y = plot.y + plot.height - f * plot.height
    doc.moveTo(plot.x, y).lineTo(plot.x + plot.width, y).stroke()
    doc.font("Helvetica").fontSize(7).fillColor(MUTED)
      .text(formatRupiah(Math.round(max * f)), box.x, y - 4, { width: axisWidth - 6, align: "right", lineBreak: false })
  }
  if (!groups.length) return
  const slot = plot.width / groups.length
  const barWidth = Math.max(0.8, (slot * 0.8) / series.length)
  const every = Math.ceil(groups.length / 12)
  groups.forEach((g, i) => {
    const x0 = plot.x + i * slot + slot * 0.1
    g.values.forEach((v, s) => {
      if (v <= 0 || max === 0) return
      const h = (v / max) * plot.height
      doc.rect(x0 + s * barWidth, plot.y + plot.height - h, barWidth, h).fill(series[s]!.color)
    })
    if (i % every === 0) {
      doc.font("Helvetica").fontSize(6.5).fillColor(MUTED)
        .text(g.label, plot.x + i * slot, plot.y + plot.height + 4, { width: Math.min(60, slot * every), lineBreak: false })
    }
  })
  doc.fillColor(INK)
}

/** Horizontal bars: one band per facility, one bar per series, the amount written after the bar. */
function barChart(doc: Doc, box: { x: number; y: number; width: number }, rows: { label: string; values: number[] }[], series: Series[]): number {
  const max = Math.max(0, ...rows.flatMap((r) => r.values))
  const labelWidth = 130
  const valueWidth = 80
  const barArea = box.width - labelWidth - valueWidth - 8
  const barHeight = 9
  let y = box.y
  for (const row of rows) {
    doc.font("Helvetica-Bold").fontSize(8).fillColor(INK)
    const labelHeight = doc.heightOfString(row.label, { width: labelWidth - 8 })
    doc.text(row.label, box.x, y, { width: labelWidth - 8 })
    row.values.forEach((v, s) => {
      const by = y + s * (barHeight + 3)
      const w = max > 0 && v > 0 ? Math.max(1, (v / max) * barArea) : 0
      if (w) doc.rect(box.x + labelWidth, by, w, barHeight).fill(series[s]!.color)
      doc.font("Helvetica").fontSize(7.5).fillColor(INK).text(formatRupiah(v), box.x + labelWidth + w + 4, by + 1, { width: valueWidth, lineBreak: false })
    })
    y += Math.max(labelHeight, row.values.length * (barHeight + 3)) + 8
  }
  return y
}

type Column = { header: string; width: number; align?: "left" | "right" }

/** A table with its header repeated on each new page. */
function table(doc: Doc, columns: Column[], rows: string[][], boldLast = false) {
  const bottom = doc.page.height - doc.page.margins.bottom
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8)
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: columns[i]!.width - 6 }))) + 6
    if (doc.y + height > bottom) {
      doc.addPage()
      drawRow(columns.map((c) => c.header), true)
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8)
    }
    const y = doc.y
    let x = LEFT
    cells.forEach((cell, i) => {
      const col = columns[i]!
      doc.fillColor(INK).text(cell, x + 3, y + 3, { width: col.width - 6, align: col.align ?? "left" })
      x += col.width
    })
    doc.moveTo(LEFT, y + height).lineTo(x, y + height).lineWidth(0.5).strokeColor(RULE).stroke()
    doc.x = LEFT
    doc.y = y + height
  }
  drawRow(columns.map((c) => c.header), true)
  rows.forEach((r, i) => drawRow(r, boldLast && i === rows.length - 1))
  doc.moveDown(0.8)
}

function heading(doc: Doc, text: string, needs = 60) {
  if (doc.y + needs > doc.page.height - doc.page.margins.bottom) doc.addPage()
  doc.moveDown(0.6)
  doc.font("Helvetica-Bold").fontSize(11).fillColor(INK).text(text, LEFT, doc.y)
  doc.moveDown(0.3)
}

/** The report as an A4 PDF: title, sponsor, period, the totals, revenue and premi by month, a chart of the
 * facilities, and the tables. */
export function programReportPdf(r: ProgramReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    compress: false,
    info: { Title: `Laporan dampak ${r.program.name} ${r.period.from} - ${r.period.to}`, Author: "Karya Lapas" },
  })
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const width = doc.page.width - 100

  doc.font("Helvetica").fontSize(9).fillColor(MUTED).text("Karya Lapas - Laporan Dampak Program")
  doc.font("Helvetica-Bold").fontSize(20).fillColor(INK).text(r.program.name)
  doc.moveDown(0.3)
  doc.font("Helvetica").fontSize(10)
  const sponsor = r.program.sponsor.unit ? `${r.program.sponsor.company} - ${r.program.sponsor.unit}` : r.program.sponsor.company
  doc.text(`Sponsor: ${sponsor}`)
  doc.text(`Periode: ${dayLabel(r.period.from)} sampai ${dayLabel(r.period.to)}`)
  if (r.program.skills.length) doc.text(`Keterampilan: ${r.program.skills.join(", ")}`)
  if (r.program.sdg_targets.length) doc.text(`Target SDG: ${r.program.sdg_targets.join(", ")}`)

  heading(doc, "Ringkasan")
  const t = r.totals
  const summary: [string, string][] = [
    ["Pendapatan penjualan", formatRupiah(t.revenue)],
    ["Premi dikreditkan kepada pembuat", formatRupiah(t.premi_credited)],
    ["Premi dibayarkan", formatRupiah(t.premi_paid_out)],
    ["Produk terjual", count(t.products_sold)],
    ["Peserta dilatih (aktif)", count(t.participants_trained)],
    ["Peserta yang memperoleh premi", count(t.participants_earning)],
  ]
  for (const [label, value] of summary) {
    const y = doc.y
    doc.font("Helvetica").fontSize(10).fillColor(INK).text(label, LEFT, y, { width: 260 })
    doc.font("Helvetica-Bold").text(value, LEFT + 260, y, { width: 160, align: "right" })
    doc.x = LEFT
    doc.y = y + 15
  }

  heading(doc, "Pendapatan dan premi per bulan", 190)
  legend(doc, [{ name: "Pendapatan", color: REVENUE_COLOR }, { name: "Premi", color: PREMI_COLOR }], LEFT, doc.y)
  const chartTop = doc.y + 16
  columnChart(
    doc,
    { x: LEFT, y: chartTop, width, height: 150 },
    r.by_month.map((m) => ({ label: monthLabel(m.month), values: [m.revenue, m.premi] })),
    [{ name: "Pendapatan", color: REVENUE_COLOR }, { name: "Premi", color: PREMI_COLOR }]
  )
  doc.x = LEFT
  doc.y = chartTop + 160

  const perFacility: Series[] = [
    { name: "Pendapatan", color: REVENUE_COLOR },
    { name: "Premi dikreditkan", color: PREMI_COLOR },
    { name: "Premi dibayarkan", color: PAID_COLOR },
  ]
  heading(doc, "Per lapas", 40 + r.facilities.length * 50)
  legend(doc, perFacility, LEFT, doc.y)
  doc.y = barChart(
    doc,
    { x: LEFT, y: doc.y + 16, width },
    r.facilities.map((f) => ({ label: f.name, values: [f.revenue, f.premi_credited, f.premi_paid_out] })),
    perFacility
  )
  doc.x = LEFT

  heading(doc, "Lapas")
  const money = { width: 72, align: "right" as const }
  const num = { width: 54, align: "right" as const }
  const facilityRow = (name: string, f: ProgramReport["totals"]) => [
    name,
    count(f.participants_trained),
    count(f.participants_earning),
    count(f.products_sold),
    formatRupiah(f.revenue),
    formatRupiah(f.premi_credited),
    formatRupiah(f.premi_paid_out),
  ]
  table(
    doc,
    [
      { header: "Lapas", width: 113 },
      { header: "Peserta dilatih", ...num },
      { header: "Memperoleh premi", ...num },
      { header: "Produk terjual", ...num },
      { header: "Pendapatan", ...money },
      { header: "Premi dikreditkan", ...money },
      { header: "Premi dibayarkan", ...money },
    ],
    [...r.facilities.map((f) => facilityRow(`${f.name}, ${f.city}`, f)), facilityRow("Total", r.totals)],
    true
  )

  heading(doc, "Expo")
  if (r.expos.length) {
    table(
      doc,
      [{ header: "Expo", width: 207 }, { header: "Pesanan", width: 60, align: "right" }, { header: "Pendapatan", width: 114, align: "right" }, { header: "Premi", width: 114, align: "right" }],
      r.expos.map((x) => [x.name, count(x.orders), formatRupiah(x.revenue), formatRupiah(x.premi)])
    )
    doc.font("Helvetica").fontSize(8).fillColor(MUTED).text(EXPO_NOTE, LEFT, doc.y, { width })
  } else {
    doc.font("Helvetica").fontSize(9).fillColor(MUTED).text("Belum ada expo dalam program ini.", LEFT, doc.y, { width })
  }

  heading(doc, "Per bulan")
  table(
    doc,
    [{ header: "Bulan", width: 165 }, { header: "Pendapatan", width: 165, align: "right" }, { header: "Premi", width: 165, align: "right" }],
    r.by_month.map((m) => [monthLabel(m.month), formatRupiah(m.revenue), formatRupiah(m.premi)])
  )

  heading(doc, "Catatan", 70)
  doc.font("Helvetica").fontSize(8).fillColor(MUTED)
  for (const note of [REVENUE_NOTE, SHARED_FACILITY_NOTE, PRIVACY_NOTE]) {
    doc.text(note, LEFT, doc.y, { width })
    doc.moveDown(0.3)
  }
  doc.end()
  return done
}

// Statements and month summaries as files: CSV (amounts as plain integers, for a spreadsheet) and PDF (pdfkit, with
// its built-in Helvetica: no font file, no network).
import PDFDocument from "pdfkit"
import type { MonthSummary, Statement } from "./reports"
import { formatRupiah } from "./rupiah"

type Cell = string | number | null | undefined

/** RFC 4180 CSV with a UTF-8 byte order mark (so spreadsheets read "Rp" and names with accents right). */
export function toCsv(rows: Cell[][]): string {
  const cell = (v: Cell) => {
    const s = v === null || v === undefined ? "" : String(v)
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return "\ufeff" + rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n"
}

const SHARE_LABEL: Record<string, string> = {
  premi: "Premi",
  royalty: "Royalti motif",
  pnbp: "PNBP",
  capital: "Modal produksi",
  platform: "Biaya platform",
}
const METHOD_LABEL: Record<string, string> = {
  savings_account: "Disetor ke tabungan",
  handed_at_release: "Diserahkan saat bebas",
  held_by_facility: "Dititipkan di lapas",
}
const day = (d: Date | string) => new Date(d).toLocaleDateString("id-ID", { timeZone: "Asia/Jakarta", day: "numeric", month: "long", year: "numeric" })

export function statementCsv(s: Statement): string {
  return toCsv([
    ["Laporan premi bulanan", s.month],
    ["Lapas", s.facility.name],
    ["Peserta", s.participant.legal_name],
    ["Nomor registrasi", s.participant.registration_number],
    [],
    ["Saldo awal", s.opening_balance],
    [],
    ["Produk", "Bagian", "Penjualan", "Pengembalian", "Jumlah"],
    ...s.lines.map((l) => [l.product_title ?? l.product_id, SHARE_LABEL[l.share] ?? l.share, l.sales, l.refunds, l.amount]),
    ["Total diperoleh", "", "", "", s.earned],
    [],
    ["Tanggal", "Pembayaran premi", "Cara", "Catatan", "Jumlah"],
    ...s.payouts.map((p) => [day(p.occurred_at), "Pembayaran", METHOD_LABEL[p.method ?? ""] ?? p.method, p.note, p.amount]),
    ["Total dibayarkan", "", "", "", s.paid_out],
    ...(s.adjusted ? [["Koreksi", "", "", "", s.adjusted]] : []),
    [],
    ["Saldo akhir", s.closing_balance],
  ])
}

export function monthSummaryCsv(m: MonthSummary): string {
  return toCsv([
    ["Ringkasan bulanan", m.month],
    ["Lapas", m.facility.name],
    [],
    ["Bagian", "Jumlah (Rp)"],
    ["Premi", m.shares.premi],
    ["PNBP", m.shares.pnbp],
    ["Modal produksi", m.shares.capital],
    ["Royalti motif", m.shares.royalty],
    ["Biaya platform", m.shares.platform],
    [],
    ["Penjualan", m.sales],
    ["Pengembalian dana", m.refunds],
    ["Bersih", m.net],
    ["Premi dibayarkan", m.payouts],
    ["Pesanan", m.orders],
  ])
}

/** The statement as a one- or two-page A4 PDF. */
export function statementPdf(s: Statement): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 50, compress: false, info: { Title: `Laporan premi ${s.month}`, Author: "Karya Lapas" } })
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  const left = 50
  const right = doc.page.width - 50
  const row = (cells: [string, string, string], bold = false) => {
    const y = doc.y
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(10)
    // a wide last cell (a facility's name) takes the room of the middle one
    const wide = !cells[1]
    let bottom = y
    doc.text(cells[0], left, y, { width: wide ? 180 : 260 })
    bottom = Math.max(bottom, doc.y)
    if (!wide) {
      doc.text(cells[1], left + 270, y, { width: 110 })
      bottom = Math.max(bottom, doc.y)
    }
    const lastWidth = wide ? right - left - 190 : 110
    doc.text(cells[2], right - lastWidth, y, { width: lastWidth, align: "right" })
    bottom = Math.max(bottom, doc.y)
    doc.y = Math.max(bottom, y + 14) + 2
    doc.x = left
  }
  const rule = () => {
    doc.moveTo(left, doc.y).lineTo(right, doc.y).strokeColor("#999999").lineWidth(0.5).stroke()
    doc.moveDown(0.4)
  }

  doc.font("Helvetica-Bold").fontSize(16).text("Laporan Premi Bulanan")
  doc.font("Helvetica").fontSize(10).fillColor("#444444").text(`Bulan ${s.month} - Karya Lapas`).fillColor("#000000")
  doc.moveDown()
  row(["Lapas", "", s.facility.name])
  row(["Peserta", "", s.participant.legal_name])
  row(["Nomor registrasi", "", s.participant.registration_number])
  doc.moveDown(0.5)
  rule()
  row(["Saldo awal", "", formatRupiah(s.opening_balance)], true)
  doc.moveDown(0.5)
  row(["Produk", "Bagian", "Jumlah"], true)
  rule()
  if (!s.lines.length) row(["Tidak ada penjualan bulan ini", "", formatRupiah(0)])
  for (const l of s.lines) row([l.product_title ?? l.product_id ?? "-", SHARE_LABEL[l.share] ?? l.share, formatRupiah(l.amount)])
  rule()
  row(["Total diperoleh", "", formatRupiah(s.earned)], true)
  doc.moveDown(0.5)
  row(["Pembayaran premi", "Cara", "Jumlah"], true)
  rule()
  if (!s.payouts.length) row(["Tidak ada pembayaran bulan ini", "", formatRupiah(0)])
  for (const p of s.payouts) row([day(p.occurred_at) + (p.note ? ` - ${p.note}` : ""), METHOD_LABEL[p.method ?? ""] ?? String(p.method), formatRupiah(p.amount)])
  rule()
  row(["Total dibayarkan", "", formatRupiah(s.paid_out)], true)
  if (s.adjusted) row(["Koreksi", "", formatRupiah(s.adjusted)], true)
  doc.moveDown(0.5)
  rule()
  row(["Saldo akhir", "", formatRupiah(s.closing_balance)], true)
  doc.moveDown(2)
  doc.font("Helvetica").fontSize(8).fillColor("#666666")
    .text("Dokumen internal lapas: memuat data pribadi warga binaan. Jangan dibagikan kepada umum.", left, doc.y, { width: right - left })
  doc.end()
  return done
}

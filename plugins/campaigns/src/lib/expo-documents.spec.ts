import {
  A4,
  CATALOGUE,
  catalogueBlock,
  cataloguePdf,
  expoDateRange,
  expoHours,
  fitFontSize,
  joinLabels,
  motifCreditLines,
  priceLabel,
  quietZone,
  shortDescription,
  TAG_SHEET,
  tagCells,
  tagLayout,
  tagPages,
  tagSheetPdf,
  type Box,
  type ExpoDocumentData,
} from "./expo-documents"
import { qrMatrix, qrRuns } from "./qr"
import { expoProductUrl, shortUrl, storefrontUrl } from "./storefront-url"

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-9 &&
  inner.y >= outer.y - 1e-9 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-9 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-9
/** The QR's square grown by its quiet zone: nothing else may be drawn there. */
const withQuietZone = (qr: { x: number; y: number; size: number }): Box => {
  const q = quietZone(qr.size)
  return { x: qr.x - q, y: qr.y - q, width: qr.size + 2 * q, height: qr.size + 2 * q }
}

describe("words on the tags", () => {
  it("prints whole rupiah the Indonesian way, 'mulai' the lowest when variants differ", () => {
    expect(priceLabel([650000])).toBe("Rp 650.000")
    expect(priceLabel([4250000, 4250000])).toBe("Rp 4.250.000")
    expect(priceLabel([22000, 20000, 22000])).toBe("mulai Rp 20.000")
    expect(priceLabel([])).toBe("Harga belum tersedia")
  })

  it("credits a motif by name, DJKI standing and creators as consented, never splitting an anonymous label", () => {
    expect(motifCreditLines({ title: "Angso Duo Lapuanja", status: "registered", creators: ["Ibu Rini", "Ibu S."] })).toEqual([
      "Motif Angso Duo Lapuanja",
      "Motif terdaftar DJKI",
      "Pencipta: Ibu Rini, Ibu S.",
    ])
    expect(motifCreditLines({ title: "Bunga Tanjung", status: "applied", creators: ["Kak Dewi", "Pembuat, LPP Palembang", "Pembuat, LPP Palembang"] })).toEqual([
      "Motif Bunga Tanjung",
      "Motif dalam pendaftaran DJKI",
      "Pencipta: Kak Dewi; Pembuat, LPP Palembang",
    ])
    expect(joinLabels([])).toBe("")
    expect(motifCreditLines({ title: "Kawung", status: "registered", creators: [] })).toEqual(["Motif Kawung", "Motif terdaftar DJKI"])
  })

  it("writes the expo's dates in Bahasa Indonesia on Jakarta time", () => {
    expect(expoDateRange("2026-12-04T09:00:00+07:00", "2026-12-06T21:00:00+07:00")).toBe("4–6 Desember 2026")
    expect(expoHours("2026-12-04T09:00:00+07:00", "2026-12-06T21:00:00+07:00")).toBe("pukul 09.00–21.00 WIB")
    expect(expoDateRange("2026-11-28T09:00:00+07:00", "2026-12-02T17:00:00+07:00")).toBe("28 November – 2 Desember 2026")
    expect(expoDateRange("2026-12-30T09:00:00+07:00", "2027-01-02T17:00:00+07:00")).toBe("30 Desember 2026 – 2 Januari 2027")
    expect(expoDateRange("2026-12-04T09:00:00+07:00", "2026-12-04T21:00:00+07:00")).toBe("Jumat, 4 Desember 2026")
    // 3 Dec 18:00 UTC is already 4 Dec 01:00 in Jakarta
    expect(expoDateRange("2026-12-03T18:00:00Z", "2026-12-05T14:00:00Z")).toBe("4–5 Desember 2026")
    expect(expoHours("2026-12-03T18:00:00Z", "2026-12-05T14:00:00Z")).toBe("pukul 01.00–21.00 WIB")
  })

  it("cuts a description at a sentence, else at a word with an ellipsis", () => {
    const text = "Kalimat pertama cukup panjang untuk contoh. Kalimat kedua juga lumayan panjang. Kalimat ketiga."
    expect(shortDescription(text, 500)).toBe(text)
    expect(shortDescription(text, 70)).toBe("Kalimat pertama cukup panjang untuk contoh.")
    expect(shortDescription("satu dua tiga empat lima enam tujuh delapan", 20)).toBe("satu dua tiga empat…")
    expect(shortDescription(null)).toBe("")
    expect(shortDescription("  spasi\n\nganda  ")).toBe("spasi ganda")
  })
})

describe("layout maths", () => {
  it("fits a font size between its bounds", () => {
    expect(fitFontSize(10, 100, 7, 4.5)).toBe(7)
    expect(fitFontSize(20, 100, 7, 4.5)).toBe(5)
    expect(fitFontSize(50, 100, 7, 4.5)).toBe(4.5)
    expect(fitFontSize(0, 100, 7, 4.5)).toBe(7)
  })

  it("tiles an A4 page with 2 × 4 tag cells inside the margins, without overlap", () => {
    const cells = tagCells()
    expect(cells).toHaveLength(TAG_SHEET.cols * TAG_SHEET.rows)
    const page = { x: TAG_SHEET.margin, y: TAG_SHEET.margin, width: A4.width - 2 * TAG_SHEET.margin, height: A4.height - 2 * TAG_SHEET.margin }
    for (const cell of cells) expect(inside(cell, page)).toBe(true)
    for (const [i, a] of cells.entries()) for (const b of cells.slice(i + 1)) expect(overlaps(a, b)).toBe(false)
    const area = cells.reduce((sum, c) => sum + c.width * c.height, 0)
    expect(area).toBeCloseTo(page.width * page.height, 6)
    // row by row: the second cell is right of the first
    expect(cells[1]!.x).toBeGreaterThan(cells[0]!.x)
    expect(cells[1]!.y).toBe(cells[0]!.y)
  })

  it("keeps each tag's QR quiet zone inside its cell and clear of the text, caption and URL", () => {
    for (const cell of tagCells()) {
      const { text, qr, caption, url } = tagLayout(cell)
      const zone = withQuietZone(qr)
      expect(inside(zone, cell)).toBe(true)
      for (const part of [text, caption, url]) {
        expect(inside(part, cell)).toBe(true)
        expect(overlaps(part, zone)).toBe(false)
      }
      expect(overlaps(text, url)).toBe(false)
      expect(text.width).toBeGreaterThan(120)
      expect(text.height).toBeGreaterThan(140)
      expect(qr.size).toBeGreaterThanOrEqual(90) // about 3 cm: a phone reads it from arm's length
    }
  })

  it("puts copies of each product side by side and cuts them into pages of eight", () => {
    const pages = tagPages(["a", "b", "c", "d", "e"], 2)
    expect(pages.map((p) => p.length)).toEqual([8, 2])
    expect(pages.flat()).toEqual(["a", "a", "b", "b", "c", "c", "d", "d", "e", "e"])
    expect(tagPages(["a", "b"], 1)).toEqual([["a", "b"]])
    expect(tagPages([], 3)).toEqual([])
    expect(tagPages(["a"], 20).map((p) => p.length)).toEqual([8, 8, 4])
  })

  it("stacks four catalogue blocks between the running header and the footer, QR clear of the text", () => {
    const blocks = Array.from({ length: 9 }, (_, i) => catalogueBlock(i))
    expect(blocks.map((b) => b.page)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2])
    const area = { x: CATALOGUE.margin, y: 55, width: A4.width - 2 * CATALOGUE.margin, height: A4.height - 55 - 45 }
    for (const b of blocks) {
      expect(inside(b.block, area)).toBe(true)
      const zone = withQuietZone(b.qr)
      expect(inside(zone, b.block)).toBe(true)
      expect(overlaps(b.text, zone)).toBe(false)
      expect(overlaps(b.url, zone)).toBe(false)
      expect(inside(b.url, b.block)).toBe(true)
      expect(inside(b.text, b.block)).toBe(true)
    }
    for (const [i, a] of blocks.slice(0, 4).entries()) for (const b of blocks.slice(i + 1, 4)) expect(overlaps(a.block, b.block)).toBe(false)
  })
})

describe("QR codes and links", () => {
  it("draws every dark module exactly once, as runs within the symbol", () => {
    const matrix = qrMatrix("http://localhost:5173/products/songket-lepus-benang-emas-merah?expo=smexpo-2026")
    expect(matrix.size).toBeGreaterThanOrEqual(25)
    const drawn = new Set<string>()
    for (const run of qrRuns(matrix)) {
      expect(run.length).toBeGreaterThan(0)
      expect(run.col + run.length).toBeLessThanOrEqual(matrix.size)
      for (let c = run.col; c < run.col + run.length; c++) {
        expect(drawn.has(`${run.row},${c}`)).toBe(false)
        drawn.add(`${run.row},${c}`)
      }
    }
    for (let r = 0; r < matrix.size; r++) for (let c = 0; c < matrix.size; c++) expect(drawn.has(`${r},${c}`)).toBe(matrix.dark(r, c))
    // the finder pattern's top row is a run of 7
    expect(qrRuns(matrix)[0]).toEqual({ row: 0, col: 0, length: 7 })
  })

  it("links to the product page carrying the expo, on the configured storefront", () => {
    expect(storefrontUrl({})).toBe("http://localhost:5173")
    expect(storefrontUrl({ STOREFRONT_URL: "https://karyalapas.id/" })).toBe("https://karyalapas.id")
    expect(storefrontUrl({ STOREFRONT_URL: "  " })).toBe("http://localhost:5173")
    expect(expoProductUrl("bolu-kojo-pandan", "smexpo-2026", "https://karyalapas.id")).toBe(
      "https://karyalapas.id/products/bolu-kojo-pandan?expo=smexpo-2026"
    )
    expect(shortUrl("https://karyalapas.id/products/x?expo=y")).toBe("karyalapas.id/products/x?expo=y")
  })
})

describe("the PDFs", () => {
  const product = (handle: string, prices: number[]) => ({
    id: handle, handle, title: handle, subtitle: null, description: "Deskripsi.", prices, facility: "LPP Kelas IIA Palembang", craft: "Songket", motifs: [],
  })
  const data: ExpoDocumentData = {
    storefront: "http://localhost:5173",
    expo: { handle: "smexpo-2026", name: "SMEXPO 2026", venue: "PSCC", city: "Palembang", starts_at: "2026-12-04T09:00:00+07:00", ends_at: "2026-12-06T21:00:00+07:00", program: null },
    products: ["a", "b", "c", "d", "e"].map((h) => product(h, [10000])),
  }
  const pages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0

  it("prints as many tag pages as the copies need, and the catalogue's cover plus a page per four products", async () => {
    expect(pages(await tagSheetPdf(data, 1))).toBe(1)
    expect(pages(await tagSheetPdf(data, 3))).toBe(2) // 15 tags
    expect(pages(await tagSheetPdf(data, 20))).toBe(13) // 100 tags
    const catalogue = await cataloguePdf(data)
    expect(catalogue.subarray(0, 5).toString()).toBe("%PDF-")
    expect(pages(catalogue)).toBe(3)
  })
})

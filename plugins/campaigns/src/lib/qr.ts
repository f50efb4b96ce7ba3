// QR codes drawn as vector squares in a PDF, so a tag prints sharp at any size. The `qrcode` package makes the matrix;
// each row's neighbouring dark modules are drawn as one rectangle, which keeps the file small and leaves no hairline
// seams between modules in print.
import type PDFKit from "pdfkit"
import { create } from "qrcode"

/** ISO 18004: the light margin around a symbol, in modules. Layouts keep this much white around each code. */
export const QUIET_ZONE_MODULES = 4

export type QrMatrix = { size: number; dark: (row: number, col: number) => boolean }
export type QrRun = { row: number; col: number; length: number }

/** The module matrix of `text` (error correction M: survives a scuffed or creased tag). */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = create(text, { errorCorrectionLevel: "M" })
  return { size: modules.size, dark: (row, col) => Boolean(modules.get(row, col)) }
}

/** The dark modules as horizontal runs, row by row, left to right. */
export function qrRuns(matrix: QrMatrix): QrRun[] {
  const runs: QrRun[] = []
  for (let row = 0; row < matrix.size; row++) {
    let start = -1
    for (let col = 0; col <= matrix.size; col++) {
      const dark = col < matrix.size && matrix.dark(row, col)
      if (dark && start < 0) start = col
      if (!dark && start >= 0) {
        runs.push({ row, col: start, length: col - start })
        start = -1
      }
    }
  }
  return runs
}

/** Draws the code of `text` with its top-left corner at (x, y), `size` points wide (quiet zone not included). */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const matrix = qrMatrix(text)
  const module = size / matrix.size
  doc.save()
  for (const run of qrRuns(matrix)) doc.rect(x + run.col * module, y + run.row * module, run.length * module, module)
  doc.fill("#000000")
  doc.restore()
  return { modules: matrix.size, module }
}

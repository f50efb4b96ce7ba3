// The QR codes printed in a PDF, read back from the file's bytes: the filled rectangles of each page's content stream
// (with the transformations in force when they were drawn) are grouped into symbols, each symbol is rasterised to a
// bitmap with its quiet zone, and jsQR decodes it. This reads what a printer would print, not what the code that made
// the PDF meant to draw: a wrong module, a flipped axis or a missing quiet-zone gap shows up as a wrong or missing code.
import { inflateSync } from "node:zlib"
import jsQR from "jsqr"

type Matrix = [number, number, number, number, number, number]
type Rect = { x0: number; y0: number; x1: number; y1: number }

/** A QR code found on a page: where (in points, from the page's top left) and what it says (null if undecodable). */
export type PdfQrCode = { page: number; x: number; y: number; size: number; modules: number; text: string | null }

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]
// PDF matrices are row vectors: p' = p × M; `a b c d e f cm` makes the new CTM = M × CTM
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
]
const apply = (m: Matrix, x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] as const

/** The content streams of the document's pages and their heights, in page order (following /Pages /Kids; FlateDecode
 * inflated). */
export function pageContents(pdf: Buffer): { content: string; height: number }[] {
  const text = pdf.toString("latin1")
  const objects = new Map<string, { dict: string; stream: Buffer | null }>()
  for (const m of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = m.index! + m[0].length
    const streamAt = text.slice(start, text.indexOf("endobj", start)).search(/\bstream\r?\n/)
    if (streamAt < 0) {
      objects.set(m[1]!, { dict: text.slice(start, text.indexOf("endobj", start)), stream: null })
      continue
    }
    const dict = text.slice(start, start + streamAt)
    const dataStart = text.indexOf("\n", start + streamAt) + 1
    let raw = Buffer.from(text.slice(dataStart, text.indexOf("endstream", dataStart)).replace(/\r?\n$/, ""), "latin1")
    if (/\/Filter\s*\/FlateDecode/.test(dict)) raw = inflateSync(raw)
    objects.set(m[1]!, { dict, stream: raw })
  }
  const root = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent\b/.test(o.dict))
  const kids = [...(root?.dict.match(/\/Kids\s*\[([^\]]*)\]/)?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((k) => k[1]!)
  return kids.map((kid) => {
    const dict = objects.get(kid)?.dict ?? ""
    const refs = dict.match(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/)?.[1] ?? ""
    const box = (dict.match(/\/MediaBox\s*\[([^\]]*)\]/)?.[1] ?? "").trim().split(/\s+/).map(Number)
    return {
      content: [...refs.matchAll(/(\d+) 0 R/g)].map((r) => objects.get(r[1]!)?.stream?.toString("latin1") ?? "").join("\n"),
      height: box.length === 4 ? box[3]! - box[1]! : 0,
    }
  })
}

/** The dark filled rectangles of a content stream, in points from the top left of a page `height` points tall (as
 * on paper: PDF's own y grows upwards from the bottom). */
export function filledRects(content: string, height: number): Rect[] {
  const tokens = content.match(/<<|>>|<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|\/[^\s/[\]<>()]+|[[\]]|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'"*]+/g) ?? []
  let ctm: Matrix = IDENTITY
  let fillDark = true // PDF's initial fill colour is black
  const stack: { ctm: Matrix; fillDark: boolean }[] = []
  let operands: number[] = []
  let pending: Rect[] = []
  const rects: Rect[] = []
  for (const token of tokens) {
    if (/^[-+]?(\d|\.)/.test(token)) {
      operands.push(Number(token))
      continue
    }
    if (/^[A-Za-z'"*]+$/.test(token)) {
      const o = operands
      switch (token) {
        case "q":
          stack.push({ ctm, fillDark })
          break
        case "Q":
          ;({ ctm, fillDark } = stack.pop() ?? { ctm: IDENTITY, fillDark: true })
          break
        case "cm":
          if (o.length >= 6) ctm = multiply(o.slice(-6) as Matrix, ctm)
          break
        case "re": {
          const [x, y, w, h] = o.slice(-4) as [number, number, number, number]
          const corners = [apply(ctm, x, y), apply(ctm, x + w, y + h)]
          const xs = corners.map((c) => c[0])
          const ys = corners.map((c) => height - c[1])
          pending.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) })
          break
        }
        case "g":
          fillDark = (o.at(-1) ?? 0) < 0.5
          break
        case "rg":
        case "sc":
        case "scn":
          if (o.length >= 3) {
            const [r, g, b] = o.slice(-3) as [number, number, number]
            fillDark = 0.299 * r + 0.587 * g + 0.114 * b < 0.5
          } else if (o.length === 1) fillDark = o[0]! < 0.5
          break
        case "k":
          fillDark = (o.at(-1) ?? 0) > 0.5 || o.slice(-4, -1).reduce((s, v) => s + v, 0) > 1.5
          break
        case "f":
        case "F":
        case "f*":
        case "B":
        case "B*":
        case "b":
        case "b*":
          if (fillDark) rects.push(...pending)
          pending = []
          break
        case "S":
        case "s":
        case "n":
          pending = []
          break
      }
      operands = []
    }
  }
  return rects
}

/** Groups rectangles that lie within `gap` of each other (transitively): one group per printed symbol. */
function clusters(rects: Rect[], gap: number): Rect[][] {
  const parent = rects.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const order = rects.map((_, i) => i).sort((a, b) => rects[a]!.x0 - rects[b]!.x0)
  // sweep along x: only rectangles that start within `gap` of another's right edge can touch it
  for (let i = 0; i < order.length; i++) {
    const a = rects[order[i]!]!
    for (let j = i + 1; j < order.length; j++) {
      const b = rects[order[j]!]!
      if (b.x0 > a.x1 + gap) break
      if (b.y0 <= a.y1 + gap && a.y0 <= b.y1 + gap) parent[find(order[i]!)] = find(order[j]!)
    }
  }
  const groups = new Map<number, Rect[]>()
  rects.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]))
  return [...groups.values()]
}

const SCALE = 4
const QUIET = 4

/** Rasterises one symbol (its module is its thinnest rectangle) and decodes it. */
function decode(group: Rect[]): Omit<PdfQrCode, "page"> {
  const module = Math.min(...group.map((r) => Math.min(r.x1 - r.x0, r.y1 - r.y0)))
  const x0 = Math.min(...group.map((r) => r.x0))
  const y0 = Math.min(...group.map((r) => r.y0))
  const x1 = Math.max(...group.map((r) => r.x1))
  const y1 = Math.max(...group.map((r) => r.y1))
  const cols = Math.round((x1 - x0) / module)
  const rows = Math.round((y1 - y0) / module)
  const side = (Math.max(cols, rows) + 2 * QUIET) * SCALE
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  for (const r of group) {
    const c0 = Math.round((r.x0 - x0) / module) + QUIET
    const c1 = Math.round((r.x1 - x0) / module) + QUIET
    const r0 = Math.round((r.y0 - y0) / module) + QUIET
    const r1 = Math.round((r.y1 - y0) / module) + QUIET
    for (let py = r0 * SCALE; py < r1 * SCALE; py++) {
      for (let px = c0 * SCALE; px < c1 * SCALE; px++) pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3)
    }
  }
  const found = cols === rows && cols >= 21 ? jsQR(pixels, side, side, { inversionAttempts: "dontInvert" }) : null
  return { x: x0, y: y0, size: x1 - x0, modules: cols, text: found?.data ?? null }
}

/** Every QR code of the PDF, page by page (from 1), each page's in reading order (top to bottom, left to right). */
export function pdfQrCodes(pdf: Buffer): PdfQrCode[] {
  return pageContents(pdf).flatMap(({ content, height }, index) => {
    const rects = filledRects(content, height).filter((r) => r.x1 > r.x0 && r.y1 > r.y0)
    if (!rects.length) return []
    const thinnest = Math.min(...rects.map((r) => Math.min(r.x1 - r.x0, r.y1 - r.y0)))
    return clusters(rects, 3 * thinnest)
      .map((group) => ({ page: index + 1, ...decode(group) }))
      .sort((a, b) => Math.round(a.y - b.y) || a.x - b.x)
  })
}

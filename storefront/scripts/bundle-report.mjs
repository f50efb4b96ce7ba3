#!/usr/bin/env node
// What is in the built JavaScript: for each chunk in dist/assets (or the files named on the command line), its size
// raw and gzip (level 9) and the bytes each package (or, with --files, each source file) contributes, read from the
// chunk's source map. Build first (`npx vite build`: the config emits source maps). No dependency: the map's VLQ
// mappings are decoded here.
//   node scripts/bundle-report.mjs [--files] [--top N] [dist/assets/index-*.js …]
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"

const args = process.argv.slice(2)
const byFile = args.includes("--files")
const topAt = args.indexOf("--top")
const top = topAt >= 0 ? Number(args[topAt + 1]) : 25
const named = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--top")
const assets = path.resolve(import.meta.dirname, "..", "dist", "assets")
const chunks = named.length
  ? named.map((f) => path.resolve(f))
  : fs.readdirSync(assets).filter((f) => f.endsWith(".js")).map((f) => path.join(assets, f))

const B64 = Object.fromEntries([..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].map((c, i) => [c, i]))

/** One segment's fields from base64 VLQ. */
function decodeSegment(text) {
  const out = []
  let value = 0
  let shift = 0
  for (const c of text) {
    const digit = B64[c]
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return out
}

/** Generated code per source: each mapped segment owns the bytes up to the next segment on its line. */
function bytesPerSource(code, map) {
  const lines = code.split("\n")
  const owned = new Map()
  let source = 0
  map.mappings.split(";").forEach((line, row) => {
    const text = lines[row] ?? ""
    let column = 0
    const segments = line ? line.split(",").map(decodeSegment) : []
    segments.forEach((segment, i) => {
      column += segment[0]
      if (segment.length > 1) source += segment[1]
      const end = i + 1 < segments.length ? column + decodeSegment(line.split(",")[i + 1])[0] : text.length
      const name = segment.length > 1 ? map.sources[source] : "(unmapped)"
      owned.set(name, (owned.get(name) ?? "") + text.slice(column, end))
    })
  })
  return owned
}

function packageOf(source) {
  const at = source.lastIndexOf("node_modules/")
  if (at < 0) return source.startsWith("(") ? source : `src: ${source.replace(/^(\.\.\/)+/, "").replace(/^storefront\//, "")}`
  const rest = source.slice(at + "node_modules/".length).split("/")
  return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]
}

const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KB`
const rows = chunks
  .map((file) => {
    const code = fs.readFileSync(file, "utf8")
    return { file, code, raw: Buffer.byteLength(code), gzip: zlib.gzipSync(code, { level: 9 }).length }
  })
  .sort((a, b) => b.gzip - a.gzip)

for (const { file, code, raw, gzip } of rows.slice(0, named.length ? rows.length : 3)) {
  console.log(`\n${path.basename(file)}: ${kb(raw)} raw, ${kb(gzip)} gzip`)
  if (!fs.existsSync(`${file}.map`)) continue
  const owned = bytesPerSource(code, JSON.parse(fs.readFileSync(`${file}.map`, "utf8")))
  const mapped = [...owned.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const groups = new Map()
  for (const [source, text] of owned) {
    const key = byFile ? source.replace(/^(\.\.\/)+/, "") : packageOf(source)
    groups.set(key, (groups.get(key) ?? "") + text)
  }
  // gzip: each group's code compressed on its own (a little more than its share of the chunk's gzip)
  const sized = [...groups].map(([name, text]) => [name, Buffer.byteLength(text), zlib.gzipSync(text, { level: 9 }).length])
  for (const [name, bytes, zipped] of sized.sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${kb(bytes)} raw  ${kb(zipped)} gzip alone  ${name}`)
  }
  console.log(`  ${kb(raw - mapped)} raw  not in the map (JSON modules, generated code)`)
}
if (!named.length) {
  console.log(`\nall chunks: ${rows.length}, ${kb(rows.reduce((s, r) => s + r.gzip, 0))} gzip in total`)
}

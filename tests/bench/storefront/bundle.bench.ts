// Issue 10 (performance), the storefront side: the JavaScript each buyer page loads, gzip, from the built storefront
// (storefront/dist). What a page loads is followed through the build: index.html's entry chunk and its static imports,
// the page's lazy route chunk (found by its source module in the chunks' source maps) and its static imports, and the
// lazy parts the page renders at once (home-more, product-related). Dynamic imports that wait for the buyer (the live
// search box, Stripe's scope on the payment step, the English texts) are listed apart. Each file is gzipped on its own
// (zlib level 9) and summed, as tests/e2e/bundle-budget.spec.ts does in Chromium. Baselines: the entry's share (what
// every page loads), and the figures that test last measured in Chromium (README: home 125.7 KB, product 130.9 KB);
// the budget is that test's 132 KB. Sizes are stable bytes: no load, no timing.
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import { root } from "../../helpers/stack"
import { grid, machineContext } from "../lib/stats"

const DIST = path.join(root, "storefront", "dist")
const ASSETS = path.join(DIST, "assets")
const BUDGET_KB = 132 // tests/e2e/bundle-budget.spec.ts
/** The last figures bundle-budget.spec.ts measured in Chromium (README, "Performance budget"), KB gzip. */
const CHROMIUM_BEFORE: Record<string, number> = { home: 125.7, product: 130.9 }

/** Buyer pages: the route module of each, and the lazy modules it renders as soon as it shows. */
const PAGES: { name: string; url: string; route: string; renders: string[] }[] = [
  { name: "home", url: "/", route: "src/app/routes/home.tsx", renders: ["src/app/routes/home-more.tsx"] },
  { name: "search", url: "/cari", route: "src/app/routes/search.tsx", renders: [] },
  { name: "product", url: "/products/:handle", route: "src/app/routes/product.tsx", renders: ["src/app/routes/product-related.tsx"] },
  { name: "cart", url: "/keranjang", route: "src/app/routes/cart.tsx", renders: [] },
  { name: "checkout", url: "/checkout", route: "src/app/routes/checkout.tsx", renders: [] },
]

type Chunk = { file: string; raw: number; gzip: number; imports: string[]; dynamic: string[]; sources: string[] }

function readChunks(): Map<string, Chunk> {
  const chunks = new Map<string, Chunk>()
  for (const file of fs.readdirSync(ASSETS).filter((f) => f.endsWith(".js"))) {
    const code = fs.readFileSync(path.join(ASSETS, file))
    const text = code.toString("utf8")
    const mapFile = path.join(ASSETS, `${file}.map`)
    const sources = fs.existsSync(mapFile)
      ? (JSON.parse(fs.readFileSync(mapFile, "utf8")) as { sources: string[] }).sources.map((s) => s.replace(/^(\.\.\/)+/, ""))
      : []
    // minified ES module syntax: import{…}from"./x.js"; import"./x.js"; export{…}from"./x.js"; import("./x.js")
    const imports = [...text.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?"\.\/([^"]+\.js)"/g)].map((m) => m[1]!)
    const dynamic = [...text.matchAll(/import\(\s*"\.\/([^"]+\.js)"\s*\)/g)].map((m) => m[1]!)
    chunks.set(file, { file, raw: code.length, gzip: zlib.gzipSync(code, { level: 9 }).length, imports, dynamic, sources })
  }
  return chunks
}

/** The chunk and all it imports statically. */
function closure(chunks: Map<string, Chunk>, start: string[]): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    const chunk = chunks.get(file)
    if (!chunk) throw new Error(`${file} is imported but not in ${ASSETS}`)
    seen.add(file)
    chunk.imports.forEach(visit)
  }
  start.forEach(visit)
  return seen
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const sum = (chunks: Map<string, Chunk>, files: Iterable<string>, key: "raw" | "gzip") =>
  [...files].reduce((s, f) => s + chunks.get(f)![key], 0)

describe("storefront JavaScript per page", () => {
  it("prints the JavaScript bytes (gzip) each buyer page loads from the built storefront", () => {
    const html = path.join(DIST, "index.html")
    if (!fs.existsSync(html)) throw new Error(`no ${html}: build the storefront first (npm run build)`)
    const builtAt = fs.statSync(html).mtime
    // a source file changed after the build: the figures are of an older storefront
    const newer: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (fs.statSync(full).mtime > builtAt) newer.push(path.relative(root, full))
      }
    }
    walk(path.join(root, "storefront", "src"))

    const chunks = readChunks()
    const page = fs.readFileSync(html, "utf8")
    const entries = [...page.matchAll(/<script[^>]*type="module"[^>]*src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!)
    const preloads = [...page.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!)
    const shared = closure(chunks, [...entries, ...preloads])
    const chunkOf = (source: string) => {
      const found = [...chunks.values()].filter((c) => c.sources.some((s) => s.endsWith(`storefront/${source}`) || s === source))
      if (found.length !== 1) throw new Error(`${source}: in ${found.length} chunks (${found.map((c) => c.file).join(", ")}), expected one`)
      return found[0]!.file
    }
    const sharedGzip = sum(chunks, shared, "gzip")

    const cells = [["page", "files", "raw KB", "gzip KB", "entry (every page)", "the page's own", "on demand, not counted", "before (Chromium)", `budget ${BUDGET_KB} KB`]]
    const details: string[] = []
    for (const p of PAGES) {
      const routeChunk = chunkOf(p.route)
      const rendered = p.renders.map(chunkOf)
      const files = closure(chunks, [...shared, routeChunk, ...rendered])
      // dynamic imports reachable from what loaded, other than other pages (route modules)
      const onDemand = new Set<string>()
      for (const f of files) {
        for (const d of chunks.get(f)!.dynamic) {
          if (files.has(d) || chunks.get(d)!.sources.some((s) => s.includes("src/app/routes/"))) continue
          for (const g of closure(chunks, [d])) if (!files.has(g)) onDemand.add(g)
        }
      }
      const gzip = sum(chunks, files, "gzip")
      const before = CHROMIUM_BEFORE[p.name]
      cells.push([
        `${p.name} ${p.url}`,
        String(files.size),
        kb(sum(chunks, files, "raw")),
        kb(gzip),
        kb(sharedGzip),
        `+${kb(gzip - sharedGzip)}`,
        onDemand.size ? `${kb(sum(chunks, onDemand, "gzip"))} (${onDemand.size} files)` : "-",
        before === undefined ? "-" : `${before.toFixed(1)} (${gzip / 1024 - before >= 0 ? "+" : ""}${(gzip / 1024 - before).toFixed(1)})`,
        gzip <= BUDGET_KB * 1024 ? "within" : "OVER",
      ])
      details.push(
        `${p.name}: ${[...files]
          .filter((f) => !shared.has(f))
          .map((f) => `${f} ${kb(chunks.get(f)!.gzip)}`)
          .join(", ")}${onDemand.size ? `; on demand: ${[...onDemand].map((f) => `${f} ${kb(chunks.get(f)!.gzip)}`).join(", ")}` : ""}`
      )
    }
    console.log(
      `\nStorefront JavaScript per page (issue 10)\n${machineContext({ build: `${DIST}, built ${builtAt.toISOString()}` })}\n\n` +
        `5. JavaScript a buyer page loads, gzip level 9 per file, summed; entry = ${[...shared].join(", ")} ` +
        `(${kb(sum(chunks, shared, "raw"))} KB raw, ${kb(sharedGzip)} KB gzip) [baseline: what every page loads]\n${grid(cells)}\n\n` +
        `Beyond the entry, per page:\n${details.join("\n")}\n` +
        `before (Chromium) = tests/e2e/bundle-budget.spec.ts's last figures in README (every JavaScript response until network ` +
        `idle); this count follows the build's import graph instead, so the two may differ by what the browser fetched ` +
        `(e.g. a chunk loaded on idle)\n` +
        (newer.length ? `WARNING: ${newer.length} storefront source files are newer than the build (${newer.slice(0, 3).join(", ")}…): run npm run build\n` : "")
    )
  })
})

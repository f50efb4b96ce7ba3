import fs from "node:fs"
import path from "node:path"
import { crafts, facilities, products } from "./catalogue"

const imagesDir = path.resolve(__dirname, "..", "..", "images")
const seedsDir = path.resolve(__dirname, "..", "..", "..", "..", "shared", "context", "seeds")

describe("the demo catalogue", () => {
  it("has at least 30 products across the three facilities and every craft", () => {
    expect(products.length).toBeGreaterThanOrEqual(30)
    expect(new Set(products.map((p) => p.facility))).toEqual(new Set(facilities.map((f) => f.handle)))
    expect(new Set(products.map((p) => p.craft))).toEqual(new Set(crafts.map((c) => c.handle)))
  })

  it("uses unique handles and SKUs", () => {
    const handles = products.map((p) => p.handle)
    const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
    expect(new Set(handles).size).toBe(handles.length)
    expect(new Set(skus).size).toBe(skus.length)
  })

  it("prices in whole rupiah, with stock and a shipping weight", () => {
    for (const p of products) {
      expect(Number.isInteger(p.weightGrams) && p.weightGrams > 0, p.handle).toBe(true)
      for (const v of p.variants) {
        expect(Number.isInteger(v.priceIdr) && v.priceIdr >= 1000, v.sku).toBe(true)
        expect(Number.isInteger(v.stock) && v.stock >= 0, v.sku).toBe(true)
      }
    }
  })

  it("gives every variant exactly the product's options, with listed values", () => {
    for (const p of products) {
      const titles = p.options.map((o) => o.title).sort()
      for (const v of p.variants) {
        expect(Object.keys(v.options).sort(), v.sku).toEqual(titles)
        for (const [title, value] of Object.entries(v.options)) {
          expect(p.options.find((o) => o.title === title)?.values, v.sku).toContain(value)
        }
      }
      const combinations = p.variants.map((v) => JSON.stringify(Object.entries(v.options).sort()))
      expect(new Set(combinations).size, p.handle).toBe(combinations.length)
    }
  })

  it("has texts in Indonesian and English and an image drawn in the repo for every product", () => {
    for (const p of products) {
      for (const text of [p.title, p.subtitle, p.description]) {
        expect(text.id.trim().length, p.handle).toBeGreaterThan(0)
        expect(text.en.trim().length, p.handle).toBeGreaterThan(0)
        expect(text.en, p.handle).not.toBe(text.id)
      }
      const svg = fs.readFileSync(path.join(imagesDir, p.image), "utf8")
      expect(svg, p.image).toMatch(/^<svg[\s>]/)
      expect(svg, p.image).not.toMatch(/(href|src)=["']https?:/) // nothing fetched from elsewhere
    }
  })

  it("does not copy sentences from the news articles it draws its facts from", () => {
    if (!fs.existsSync(seedsDir)) return
    const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").split(/\s+/).filter(Boolean)
    const shingles = new Set<string>()
    for (const file of fs.readdirSync(seedsDir)) {
      const w = words(fs.readFileSync(path.join(seedsDir, file), "utf8"))
      for (let i = 0; i + 8 <= w.length; i++) shingles.add(w.slice(i, i + 8).join(" "))
    }
    const texts = [
      ...products.flatMap((p) => [p.description.id, p.subtitle.id]),
      ...facilities.map((f) => f.story.id),
      ...crafts.map((c) => c.description.id),
    ]
    for (const text of texts) {
      const w = words(text)
      for (let i = 0; i + 8 <= w.length; i++) expect(shingles.has(w.slice(i, i + 8).join(" ")), text).toBe(false)
    }
  })
})

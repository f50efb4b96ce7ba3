import { describe, expect, it } from "vitest"
import type { SearchHit } from "../api/search-products"
import { canSuggest, moveActive, quoteWords, SUGGESTION_LIMIT, suggestionView } from "./suggestions"

const hit = (n: number): SearchHit => ({
  id: `prod_${n}`,
  handle: `batik-${n}`,
  title: `Batik ${n}`,
  title_en: `Batik ${n} (en)`,
  facility_handle: "lapas-perempuan-jambi",
  facility_name: "Lapas Perempuan Kelas IIB Jambi",
  city: "Jambi",
  province: "Jambi",
  craft: "batik-tulis",
  craft_name: "Batik tulis",
  motifs: [],
  makers: [],
  price_min: 650_000,
  price_max: 650_000,
  in_stock: true,
  thumbnail: null,
})
const hits = (count: number) => Array.from({ length: count }, (_, i) => hit(i + 1))

describe("canSuggest", () => {
  it("waits for a second character", () => {
    expect(canSuggest("")).toBe(false)
    expect(canSuggest("b")).toBe(false)
    expect(canSuggest("ba")).toBe(true)
  })
})

describe("moveActive", () => {
  const walk = (keys: string[], count: number, from = -1) =>
    keys.reduce<number[]>((seen, key) => [...seen, moveActive(seen.at(-1) ?? from, key, count)!], [])

  it("Down walks the options from the box and comes back to the box after the last", () => {
    expect(walk(["ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown"], 3)).toEqual([0, 1, 2, -1, 0])
  })

  it("Up walks backwards: from the box to the last option, from the first back to the box", () => {
    expect(walk(["ArrowUp", "ArrowUp", "ArrowUp", "ArrowUp", "ArrowUp"], 3)).toEqual([2, 1, 0, -1, 2])
  })

  it("stays in the box when there is nothing to highlight", () => {
    expect(moveActive(-1, "ArrowDown", 0)).toBe(-1)
    expect(moveActive(-1, "ArrowUp", 0)).toBe(-1)
  })

  it("starts over when the list got shorter under the highlight (new words, fewer products)", () => {
    expect(moveActive(5, "ArrowDown", 2)).toBe(0)
    expect(moveActive(5, "ArrowUp", 2)).toBe(1)
  })

  it("leaves every other key to the input (Home and End move the caret, Enter submits)", () => {
    for (const key of ["Home", "End", "Enter", "ArrowLeft", "ArrowRight", "a", "Escape"]) {
      expect(moveActive(1, key, 3)).toBeUndefined()
    }
  })
})

describe("suggestionView", () => {
  it("lists at most five products, then 'see all' for the words in the box", () => {
    const view = suggestionView({ typed: "batik", term: "batik", result: { hits: hits(12) }, fetching: false, failed: false })
    expect(view.options).toHaveLength(SUGGESTION_LIMIT + 1)
    expect(view.options.slice(0, SUGGESTION_LIMIT).map((o) => o.kind === "product" && o.hit.handle)).toEqual([
      "batik-1",
      "batik-2",
      "batik-3",
      "batik-4",
      "batik-5",
    ])
    expect(view.options.at(-1)).toEqual({ kind: "all", q: "batik" })
    expect(view).toMatchObject({ loading: false, empty: false, failed: false })
  })

  it("is loading while the words are not settled, and keeps the previous products meanwhile (no flicker)", () => {
    const view = suggestionView({ typed: "batik t", term: "batik", result: { hits: hits(2) }, fetching: false, failed: false })
    expect(view.loading).toBe(true)
    expect(view.empty).toBe(false)
    expect(view.options.map((o) => o.kind)).toEqual(["product", "product", "all"])
    // "see all" leads to what is in the box now, not to the words of the list still shown
    expect(view.options.at(-1)).toEqual({ kind: "all", q: "batik t" })
  })

  it("is loading with nothing listed before the first answer", () => {
    const view = suggestionView({ typed: "ba", term: "ba", result: undefined, fetching: true, failed: false })
    expect(view).toEqual({ options: [], loading: true, empty: false, failed: false })
  })

  it("says 'no products' only for settled words whose answer came back empty, with no 'see all'", () => {
    const settled = suggestionView({ typed: "xyzzy", term: "xyzzy", result: { hits: [] }, fetching: false, failed: false })
    expect(settled).toEqual({ options: [], loading: false, empty: true, failed: false })
    // an empty answer to older words while the new ones load is not "nothing found"
    const pending = suggestionView({ typed: "xyzzy b", term: "xyzzy", result: { hits: [] }, fetching: false, failed: false })
    expect(pending.empty).toBe(false)
    expect(pending.loading).toBe(true)
  })

  it("says the search failed once nothing is on the way", () => {
    expect(suggestionView({ typed: "batik", term: "batik", result: undefined, fetching: false, failed: true })).toEqual({
      options: [],
      loading: false,
      empty: false,
      failed: true,
    })
    // a retry in flight is loading, not failed
    expect(suggestionView({ typed: "batik", term: "batik", result: undefined, fetching: true, failed: true }).failed).toBe(false)
  })
})

describe("quoteWords", () => {
  it("quotes short words as they are and shortens long ones", () => {
    expect(quoteWords("batk angso")).toBe("batk angso")
    const long = "a".repeat(60)
    expect(quoteWords(long)).toBe(`${"a".repeat(40)}…`)
  })
})

import { describe, expect, it } from "vitest"
import { activeFilterCount, clearFilters, refineSearch, toggleFacet, withPage } from "./refine-search"
import { facetValues, type StoreSearch } from "./search-params"

describe("toggleFacet", () => {
  const search: StoreSearch = { q: "batik", craft: "batik-tulis", page: 3 }

  it("adds a value and starts again at page 1", () => {
    expect(toggleFacet(search, "craft", "songket")).toEqual({ q: "batik", craft: "batik-tulis,songket" })
    expect(toggleFacet(search, "facility", "lpp-palembang")).toEqual({
      q: "batik",
      craft: "batik-tulis",
      facility: "lpp-palembang",
    })
  })

  it("removes a value that is there, and the param with its last value", () => {
    expect(toggleFacet({ craft: "batik-tulis,songket" }, "craft", "batik-tulis")).toEqual({ craft: "songket" })
    expect(toggleFacet(search, "craft", "batik-tulis")).toEqual({ q: "batik" })
  })

  it("is undone by toggling again", () => {
    const once = toggleFacet({ q: "batik" }, "motif", "Angso Duo Lapuanja")
    expect(facetValues(once, "motif")).toEqual(["Angso Duo Lapuanja"])
    expect(toggleFacet(once, "motif", "Angso Duo Lapuanja")).toEqual({ q: "batik" })
  })
})

describe("other changes to a search", () => {
  it("resets the page when narrowing, keeps it when paging", () => {
    expect(refineSearch({ q: "kue", page: 4 }, { in_stock: true })).toEqual({ q: "kue", in_stock: true })
    expect(refineSearch({ q: "kue", sort: "newest" }, { sort: undefined })).toEqual({ q: "kue" })
    expect(withPage({ q: "kue" }, 2)).toEqual({ q: "kue", page: 2 })
    expect(withPage({ q: "kue", page: 2 }, 1)).toEqual({ q: "kue" })
  })

  it("clears the filters but keeps the words and the order", () => {
    const search: StoreSearch = { q: "tas", sort: "price_asc", craft: "anyaman", price_min: 1000, in_stock: true, page: 2 }
    expect(activeFilterCount(search)).toBe(3)
    expect(clearFilters(search)).toEqual({ q: "tas", sort: "price_asc" })
    expect(activeFilterCount(clearFilters(search))).toBe(0)
  })
})

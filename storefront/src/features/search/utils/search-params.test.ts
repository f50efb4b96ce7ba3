import { defaultParseSearch, defaultStringifySearch } from "@tanstack/react-router"
import { describe, expect, it } from "vitest"
import { parseFacetValues, toSearchQuery, validateStoreSearch, type StoreSearch } from "./search-params"

/** What the router does with a URL's query string: parse it, then validate it. */
const fromUrl = (query: string) => validateStoreSearch(defaultParseSearch(query))
const compact = (search: StoreSearch) =>
  Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined))

describe("validateStoreSearch", () => {
  it("reads a shared link", () => {
    expect(
      compact(fromUrl("?q=batik%20tulis&craft=batik-tulis%2Csongket&price_min=100000&price_max=600000&in_stock=true&sort=price_asc&page=2"))
    ).toEqual({
      q: "batik tulis",
      craft: "batik-tulis,songket",
      price_min: 100000,
      price_max: 600000,
      in_stock: true,
      sort: "price_asc",
      page: 2,
    })
  })

  it("leaves defaults and nonsense out, so the URL stays short and the server gets no 400 from a typo", () => {
    expect(
      compact(
        fromUrl("?q=%20%20&sort=relevance&page=1&in_stock=false&price_min=-5&price_max=12.5&craft=&facility=,,&limit=48")
      )
    ).toEqual({})
    expect(compact(fromUrl("?sort=cheapest&page=abc&price_min=Rp1000"))).toEqual({})
    expect(compact(fromUrl("?page=1001"))).toEqual({})
  })

  it("keeps a query that looks like a number or a boolean as text", () => {
    expect(fromUrl("?q=2024").q).toBe("2024")
    expect(fromUrl("?q=true").q).toBe("true")
  })

  it("does not shorten a query over the server's limit: the page shows the server's 400", () => {
    expect(fromUrl(`?q=${"a".repeat(201)}`).q).toHaveLength(201)
  })

  it("accepts a facet as repeated params, a comma list or a JSON array, without repeats", () => {
    expect(fromUrl("?craft=batik-tulis&craft=songket").craft).toBe("batik-tulis,songket")
    expect(fromUrl("?craft=batik-tulis,%20songket,batik-tulis").craft).toBe("batik-tulis,songket")
    expect(validateStoreSearch({ motif: ["Angso Duo Lapuanja", "Kawung Muaro Jambi"] }).motif).toBe(
      "Angso Duo Lapuanja,Kawung Muaro Jambi"
    )
  })

  it("swaps a price range typed backwards", () => {
    expect(fromUrl("?price_min=600000&price_max=100000")).toMatchObject({ price_min: 100000, price_max: 600000 })
  })

  it("survives the router's round trip: what is written to the URL is read back the same", () => {
    const search: StoreSearch = {
      q: "kain 2024",
      facility: "lapas-perempuan-jambi",
      craft: "batik-tulis,songket",
      province: "Sumatera Selatan",
      motif: "Angso Duo Lapuanja",
      price_max: 600000,
      in_stock: true,
      sort: "newest",
      page: 3,
    }
    const url = defaultStringifySearch(search)
    expect(url).toContain("craft=batik-tulis%2Csongket")
    expect(url).not.toContain("%5B") // no JSON arrays in a link a buyer shares
    expect(fromUrl(url)).toEqual(validateStoreSearch(search))
    expect(compact(fromUrl(url))).toEqual(search)
  })
})

describe("toSearchQuery", () => {
  it("sends only what is set, in the route's own names", () => {
    expect(toSearchQuery({}, 12)).toEqual({ q: "", limit: "12" })
    expect(
      toSearchQuery(
        { q: "batk tulis jambi", craft: "batik-tulis,songket", price_min: 0, price_max: 600000, in_stock: true, sort: "price_desc", page: 2 },
        12
      )
    ).toEqual({
      q: "batk tulis jambi",
      limit: "12",
      craft: "batik-tulis,songket",
      price_min: "0",
      price_max: "600000",
      in_stock: "true",
      sort: "price_desc",
      page: "2",
    })
  })
})

describe("parseFacetValues", () => {
  it("keeps at most the 20 values of 120 characters the server takes", () => {
    const many = Array.from({ length: 25 }, (_, i) => `v${i}`)
    expect(parseFacetValues(many)).toHaveLength(20)
    expect(parseFacetValues(["x".repeat(121), "ok"])).toEqual(["ok"])
  })
})

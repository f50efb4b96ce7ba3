import { describe, expect, it } from "vitest"
import type { BoothProduct } from "../api/types"
import {
  UNTRACKED_MAX,
  addToBasket,
  basketCount,
  basketTotal,
  filterProducts,
  findBySku,
  indexVariants,
  newIdempotencyKey,
  orderItems,
  reconcileBasket,
  removeLine,
  setLineQuantity,
  variantLabel,
} from "./basket"

const songket: BoothProduct = {
  id: "prod_songket",
  title: "Songket Lepus Benang Emas",
  handle: "songket-lepus",
  thumbnail: null,
  facility: { name: "LPP Palembang" },
  variants: [
    { id: "var_merah", title: "Merah", sku: "SGK-LPS-MRH", price: 650_000, stock: 2 },
    { id: "var_hijau", title: "Hijau", sku: "SGK-LPS-HJU", price: 675_000, stock: 0 },
  ],
}
const tempe: BoothProduct = {
  id: "prod_tempe",
  title: "Keripik Tempe Srikandi",
  handle: "keripik-tempe",
  thumbnail: "/static/tempe.jpg",
  facility: { name: "LPP Palembang" },
  variants: [{ id: "var_tempe", title: "Default", sku: "TMP-250", price: 25_000, stock: 40 }],
}
const roti: BoothProduct = {
  id: "prod_roti",
  title: "Roti Manis",
  handle: "roti-manis",
  thumbnail: null,
  facility: { name: "LPP Palembang" },
  variants: [{ id: "var_roti", title: "Roti Manis", sku: null, price: 15_000, stock: null }],
}
const products = [songket, tempe, roti]
const index = indexVariants(products)
const merah = songket.variants[0]!
const hijau = songket.variants[1]!
const keripik = tempe.variants[0]!
const untracked = roti.variants[0]!

describe("addToBasket", () => {
  it("adds one at a time up to the stock, then refuses with stock_limit", () => {
    let lines = addToBasket([], merah).lines
    expect(lines).toEqual([{ variantId: "var_merah", quantity: 1 }])
    lines = addToBasket(lines, merah).lines
    expect(lines).toEqual([{ variantId: "var_merah", quantity: 2 }])
    const third = addToBasket(lines, merah)
    expect(third).toEqual({ lines, added: 0, refused: "stock_limit" })
  })

  it("adds fewer than asked when the stock runs out, and says so", () => {
    const result = addToBasket([{ variantId: "var_merah", quantity: 1 }], merah, 5)
    expect(result.lines).toEqual([{ variantId: "var_merah", quantity: 2 }])
    expect(result.added).toBe(1)
    expect(result.refused).toBe("stock_limit")
  })

  it("refuses a variant that is out of stock and leaves the basket as it was", () => {
    const lines = [{ variantId: "var_tempe", quantity: 3 }]
    expect(addToBasket(lines, hijau)).toEqual({ lines, added: 0, refused: "out_of_stock" })
  })

  it("keeps other lines and their order", () => {
    const lines = addToBasket(addToBasket([], keripik).lines, merah).lines
    expect(addToBasket(lines, keripik).lines).toEqual([
      { variantId: "var_tempe", quantity: 2 },
      { variantId: "var_merah", quantity: 1 },
    ])
  })

  it("refuses a variant without a price: the server could not sell it", () => {
    const unpriced = { ...merah, id: "var_unpriced", price: null }
    expect(addToBasket([], unpriced)).toEqual({ lines: [], added: 0, refused: "out_of_stock" })
  })

  it("caps a variant whose stock is not tracked at a sane number per sale", () => {
    const result = addToBasket([], untracked, 500)
    expect(result.lines).toEqual([{ variantId: "var_roti", quantity: UNTRACKED_MAX }])
  })
})

describe("setLineQuantity", () => {
  it("clamps to 0..stock and removes the line at 0", () => {
    const lines = [{ variantId: "var_merah", quantity: 1 }, { variantId: "var_tempe", quantity: 1 }]
    expect(setLineQuantity(lines, merah, 9)).toEqual([{ variantId: "var_merah", quantity: 2 }, { variantId: "var_tempe", quantity: 1 }])
    expect(setLineQuantity(lines, merah, 0)).toEqual([{ variantId: "var_tempe", quantity: 1 }])
    expect(setLineQuantity(lines, merah, -3)).toEqual([{ variantId: "var_tempe", quantity: 1 }])
    expect(setLineQuantity(lines, keripik, 2.7)).toEqual([{ variantId: "var_merah", quantity: 1 }, { variantId: "var_tempe", quantity: 2 }])
    expect(setLineQuantity(lines, keripik, Number.NaN)).toEqual([{ variantId: "var_merah", quantity: 1 }])
  })
})

describe("basket totals", () => {
  it("sums price × quantity in whole rupiah", () => {
    const lines = [
      { variantId: "var_merah", quantity: 2 },
      { variantId: "var_tempe", quantity: 3 },
    ]
    expect(basketTotal(lines, index)).toBe(1_375_000)
    expect(basketCount(lines)).toBe(5)
    expect(basketTotal([], index)).toBe(0)
  })

  it("counts nothing for a variant no longer sold", () => {
    expect(basketTotal([{ variantId: "var_gone", quantity: 4 }], index)).toBe(0)
  })

  it("turns the basket into the order's items", () => {
    expect(orderItems([{ variantId: "var_merah", quantity: 2 }])).toEqual([{ variant_id: "var_merah", quantity: 2 }])
    expect(removeLine([{ variantId: "var_merah", quantity: 2 }], "var_merah")).toEqual([])
  })
})

describe("reconcileBasket", () => {
  it("lowers quantities above the new stock and drops variants sold out or gone", () => {
    const after = indexVariants([
      { ...songket, variants: [{ ...merah, stock: 1 }, hijau] },
      { ...tempe, variants: [{ ...keripik, stock: 0 }] },
    ])
    const lines = [
      { variantId: "var_merah", quantity: 2 },
      { variantId: "var_tempe", quantity: 1 },
      { variantId: "var_roti", quantity: 1 },
    ]
    expect(reconcileBasket(lines, after)).toEqual({ lines: [{ variantId: "var_merah", quantity: 1 }], changed: true })
  })

  it("returns the same basket when the stock still covers it", () => {
    const lines = [{ variantId: "var_merah", quantity: 2 }]
    const result = reconcileBasket(lines, index)
    expect(result.changed).toBe(false)
    expect(result.lines).toBe(lines)
  })
})

describe("findBySku", () => {
  it("finds the variant whatever the case and stray spaces a scanner sends", () => {
    expect(findBySku(products, "SGK-LPS-MRH")?.variant.id).toBe("var_merah")
    expect(findBySku(products, "  sgk-lps-mrh\n")?.variant.id).toBe("var_merah")
    expect(findBySku(products, "TMP-250")?.product.id).toBe("prod_tempe")
  })

  it("finds nothing for an unknown, partial or empty SKU", () => {
    expect(findBySku(products, "SGK-LPS")).toBeNull()
    expect(findBySku(products, "XYZ")).toBeNull()
    expect(findBySku(products, "   ")).toBeNull()
  })
})

describe("filterProducts", () => {
  it("matches every word typed in the name, facility, variant or SKU, ignoring case and accents", () => {
    expect(filterProducts(products, "songket merah").map((p) => p.id)).toEqual(["prod_songket"])
    expect(filterProducts(products, "KERIPIK")).toEqual([tempe])
    expect(filterProducts(products, "tmp-250")).toEqual([tempe])
    expect(filterProducts(products, "rotí")).toEqual([roti])
    expect(filterProducts(products, "palembang")).toHaveLength(3)
    expect(filterProducts(products, "")).toHaveLength(3)
    expect(filterProducts([{ ...roti, facility: null }], "roti")).toHaveLength(1)
    expect(filterProducts(products, "batik")).toEqual([])
  })
})

describe("variantLabel", () => {
  it("names the variant unless it is the product's only, default one", () => {
    expect(variantLabel("Songket Lepus", "Merah")).toBe("Songket Lepus — Merah")
    expect(variantLabel("Keripik Tempe", "Default")).toBe("Keripik Tempe")
    expect(variantLabel("Default variant", "Default variant")).toBe("Default variant")
    expect(variantLabel("Roti Manis", "")).toBe("Roti Manis")
  })
})

describe("newIdempotencyKey", () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

  it("uses crypto.randomUUID where the page may", () => {
    expect(newIdempotencyKey({ randomUUID: () => "from-random-uuid", getRandomValues: (a) => a })).toBe("from-random-uuid")
  })

  it("builds a v4 UUID from getRandomValues on a plain-http page, different every time", () => {
    const source = { getRandomValues: <T extends ArrayBufferView | null>(a: T) => globalThis.crypto.getRandomValues(a as never) as T }
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey(source)))
    expect(keys.size).toBe(50)
    for (const key of keys) expect(key).toMatch(UUID_V4)
    // all-ones bytes still give the version and variant bits of a v4 UUID
    const ones = { getRandomValues: <T extends ArrayBufferView | null>(a: T) => ((a as unknown as Uint8Array).fill(255), a) }
    expect(newIdempotencyKey(ones)).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff")
  })
})

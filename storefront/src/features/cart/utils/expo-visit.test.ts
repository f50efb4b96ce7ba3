import { beforeEach, describe, expect, it, vi } from "vitest"
import { captureExpoVisit, currentExpoVisit, EXPO_VISIT_STORAGE_KEY, expoMetadataFor, markExpoCart } from "./expo-visit"

const DAY = 24 * 60 * 60 * 1000
const T0 = Date.UTC(2026, 11, 4, 3)

// The storefront's unit tests run in Node: a Map-backed localStorage stands in for the browser's.
const store = new Map<string, string>()
vi.stubGlobal("window", {
  localStorage: {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, String(v)),
    removeItem: (k: string) => void store.delete(k),
    clear: () => store.clear(),
  },
})

describe("expo visits from QR tags", () => {
  beforeEach(() => window.localStorage.clear())

  it("remembers the expo of a QR address and offers it as cart metadata", () => {
    captureExpoVisit("?expo=smexpo-2026", T0)
    expect(currentExpoVisit(T0 + DAY)?.handle).toBe("smexpo-2026")
    expect(expoMetadataFor(null, T0)).toEqual({ karya_expo: "smexpo-2026" })
    expect(expoMetadataFor("cart_1", T0)).toEqual({ karya_expo: "smexpo-2026" })
  })

  it("tags a cart once", () => {
    captureExpoVisit("?expo=smexpo-2026", T0)
    markExpoCart("cart_1")
    expect(expoMetadataFor("cart_1", T0)).toBeNull()
    expect(expoMetadataFor("cart_2", T0)).toEqual({ karya_expo: "smexpo-2026" })
  })

  it("forgets the visit after a week", () => {
    captureExpoVisit("?expo=smexpo-2026", T0)
    expect(currentExpoVisit(T0 + 7 * DAY - 1)).not.toBeNull()
    expect(currentExpoVisit(T0 + 7 * DAY + 1)).toBeNull()
    expect(window.localStorage.getItem(EXPO_VISIT_STORAGE_KEY)).toBeNull()
  })

  it("ignores addresses without a well-formed expo handle", () => {
    for (const search of ["", "?q=batik", "?expo=", "?expo=<script>", "?expo=-bad-", `?expo=${"a".repeat(81)}`]) {
      captureExpoVisit(search, T0)
      expect(currentExpoVisit(T0)).toBeNull()
    }
  })

  it("a newer QR scan replaces the expo and its tagged cart", () => {
    captureExpoVisit("?expo=smexpo-2026", T0)
    markExpoCart("cart_1")
    captureExpoVisit("?expo=bazar-ramadan-2027", T0 + DAY)
    expect(expoMetadataFor("cart_1", T0 + DAY)).toEqual({ karya_expo: "bazar-ramadan-2027" })
  })

  it("ignores what another script stored under the key", () => {
    window.localStorage.setItem(EXPO_VISIT_STORAGE_KEY, "{not json")
    expect(currentExpoVisit(T0)).toBeNull()
    window.localStorage.setItem(EXPO_VISIT_STORAGE_KEY, JSON.stringify({ handle: "DROP TABLE", at: T0 }))
    expect(currentExpoVisit(T0)).toBeNull()
  })
})

import fc from "fast-check"
import { allocate, allocateByKey } from "./allocate"

const weighted = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 6 }), weight: fc.integer({ min: 0, max: 100_000 }) }), {
  minLength: 1,
  maxLength: 12,
  selector: (w) => w.key,
}).filter((ws) => ws.some((w) => w.weight > 0))
const amount = fc.integer({ min: 0, max: 2_000_000_000 })

describe("allocate", () => {
  it("splits 100 by 1:1:1 as 34/33/33, the extra rupiah to the smallest key", () => {
    expect(allocate(100, [{ key: "b", weight: 1 }, { key: "a", weight: 1 }, { key: "c", weight: 1 }])).toEqual([33, 34, 33])
  })

  it("gives the leftover to the largest remainder first, then the larger weight", () => {
    // 10 × 1/6 = 1.67, 10 × 2/6 = 3.33, 10 × 3/6 = 5: the one leftover rupiah goes to the 0.67 remainder
    expect(allocate(10, [{ key: "a", weight: 1 }, { key: "b", weight: 2 }, { key: "c", weight: 3 }])).toEqual([2, 3, 5])
    // 5 × 1/2 = 2.5 each, equal remainders and weights: the smaller key wins
    expect(allocateByKey(5, { y: 1, x: 1 })).toEqual({ x: 3, y: 2 })
  })

  it("splits the default template exactly", () => {
    expect(allocateByKey(150_000, { premi: 5000, pnbp: 1500, capital: 3500, platform: 0 })).toEqual({ premi: 75_000, pnbp: 22_500, capital: 52_500, platform: 0 })
    // remainders: premi .5, pnbp .85, capital .65 → the two leftover rupiah go to pnbp and capital
    expect(allocateByKey(99_999, { premi: 5000, pnbp: 1500, capital: 3500 })).toEqual({ premi: 49_999, pnbp: 15_000, capital: 35_000 })
  })

  it("refuses negative or fractional amounts and weights, duplicate keys, and nobody to give to", () => {
    expect(() => allocate(-1, [{ key: "a", weight: 1 }])).toThrow(/amount/)
    expect(() => allocate(1.5, [{ key: "a", weight: 1 }])).toThrow(/amount/)
    expect(() => allocate(10, [{ key: "a", weight: -1 }])).toThrow(/weight/)
    expect(() => allocate(10, [{ key: "a", weight: 0.5 }])).toThrow(/weight/)
    expect(() => allocate(10, [{ key: "a", weight: 1 }, { key: "a", weight: 2 }])).toThrow(/duplicate/)
    expect(() => allocate(10, [{ key: "a", weight: 0 }])).toThrow(/sum to 0/)
    expect(allocate(0, [{ key: "a", weight: 0 }])).toEqual([0])
  })

  it("parts always sum to the amount, and none is negative", () => {
    fc.assert(
      fc.property(amount, weighted, (a, ws) => {
        const parts = allocate(a, ws)
        expect(parts.reduce((s, p) => s + p, 0)).toBe(a)
        expect(parts.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true)
        ws.forEach((w, i) => w.weight === 0 && expect(parts[i]).toBe(0))
      }),
      { numRuns: 2000 }
    )
  })

  it("each part is within one rupiah of its exact share", () => {
    fc.assert(
      fc.property(amount, weighted, (a, ws) => {
        const total = ws.reduce((s, w) => s + BigInt(w.weight), 0n)
        allocate(a, ws).forEach((p, i) => {
          const exactFloor = (BigInt(a) * BigInt(ws[i]!.weight)) / total
          expect(BigInt(p) - exactFloor >= 0n && BigInt(p) - exactFloor <= 1n).toBe(true)
        })
      }),
      { numRuns: 2000 }
    )
  })

  it("equal weights differ by at most 1", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 1000 }), (a, n, w) => {
        const parts = allocate(a, Array.from({ length: n }, (_, i) => ({ key: `k${i}`, weight: w })))
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1)
      }),
      { numRuns: 2000 }
    )
  })

  it("the order of the input does not change who gets what", () => {
    fc.assert(
      fc.property(
        amount,
        weighted.chain((ws) => fc.tuple(fc.constant(ws), fc.shuffledSubarray(ws, { minLength: ws.length, maxLength: ws.length }))),
        (a, [ws, shuffled]) => {
          const byKey = (list: typeof ws) => {
            const parts = allocate(a, list)
            return Object.fromEntries(list.map((w, i) => [w.key, parts[i]]))
          }
          expect(byKey(shuffled)).toEqual(byKey(ws))
        }
      ),
      { numRuns: 2000 }
    )
  })
})

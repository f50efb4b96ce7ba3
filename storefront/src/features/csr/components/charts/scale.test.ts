import { describe, expect, it } from "vitest"
import { barLength, compactRupiah, groupedBars, niceMax, niceTicks, peakIndex, ticks } from "./scale"

describe("niceMax", () => {
  it.each([
    [650_000, 1_000_000],
    [1_000_000, 1_000_000],
    [1_000_001, 2_000_000],
    [2_100_000, 2_500_000],
    [3_900_000, 5_000_000],
    [7, 10],
    [0.3, 0.5],
    [0, 1],
    [-5, 1],
    [Number.NaN, 1],
  ])("%d → %d", (value, max) => {
    expect(niceMax(value)).toBe(max)
  })
})

describe("ticks and bars", () => {
  it("spaces ticks evenly from 0 to the top", () => {
    expect(ticks(1_000_000)).toEqual([0, 250_000, 500_000, 750_000, 1_000_000])
    expect(ticks(10, 2)).toEqual([0, 5, 10])
  })

  it("picks tick steps that stay round on every nice top", () => {
    expect(niceTicks(1_000_000)).toEqual([0, 200_000, 400_000, 600_000, 800_000, 1_000_000])
    expect(niceTicks(20_000)).toEqual([0, 5_000, 10_000, 15_000, 20_000])
    expect(niceTicks(2_500_000)).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000])
    expect(niceTicks(5_000_000)).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000])
    expect(niceTicks(1).map((t) => compactRupiah(t, "id"))).toEqual(["Rp 0", "Rp 0,2", "Rp 0,4", "Rp 0,6", "Rp 0,8", "Rp 1"])
  })

  it("scales a bar to the axis, never past it, never negative, and a hairline for a small value", () => {
    expect(barLength(500_000, 1_000_000, 200)).toBe(100)
    expect(barLength(1_000_000, 1_000_000, 200)).toBe(200)
    expect(barLength(2_000_000, 1_000_000, 200)).toBe(200)
    expect(barLength(0, 1_000_000, 200)).toBe(0)
    expect(barLength(-10, 1_000_000, 200)).toBe(0)
    expect(barLength(1, 1_000_000, 200)).toBe(1)
    expect(barLength(5, 0, 200)).toBe(0)
  })

  it("lays grouped bars out side by side with heights from the bottom of the plot", () => {
    const [day1, day2] = groupedBars([[100, 50], [0, 25]], 100, { left: 10, top: 5, width: 200, height: 100 })
    // each group 100 wide; two bars of min(32, 76/2 = 38) = 32, centred: start at 10 + (100 - 64) / 2 = 28
    expect(day1).toEqual([
      { x: 28, y: 5, width: 30, height: 100 },
      { x: 60, y: 55, width: 30, height: 50 },
    ])
    expect(day2![0]).toEqual({ x: 128, y: 105, width: 30, height: 0 })
    expect(day2![1]!.height).toBe(25)
    expect(groupedBars([], 1, { left: 0, top: 0, width: 100, height: 100 })).toEqual([])
  })

  it("finds the first largest value above zero", () => {
    expect(peakIndex([3, 9, 9, 1])).toBe(1)
    expect(peakIndex([0, 0])).toBe(-1)
    expect(peakIndex([])).toBe(-1)
  })

  it("writes compact rupiah for an axis", () => {
    expect(compactRupiah(1_250_000, "id")).toBe("Rp 1,3\u00a0jt")
    expect(compactRupiah(650_000, "id")).toBe("Rp 650\u00a0rb")
    expect(compactRupiah(1_250_000, "en")).toBe("Rp 1.3m")
    expect(compactRupiah(0, "id")).toBe("Rp 0")
  })
})

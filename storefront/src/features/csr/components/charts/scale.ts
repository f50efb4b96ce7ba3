// The arithmetic of the charts: a round top for the value axis, its ticks, and how long a bar is.

/** The smallest "round" number (1, 2, 2.5 or 5 × 10^k) at or above `value`; 1 for nothing to show. */
export function niceMax(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * power
    // compare with a little slack: 0.3 / 0.1 is 2.9999999999999996
    if (candidate >= value * (1 - 1e-12)) return candidate
  }
  return 10 * power
}

/** `count` + 1 evenly spaced ticks from 0 to max. */
export function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (max * i) / count)
}

/** Ticks on a niceMax top whose steps are round too (1 → 0.2 steps, 2 → 0.5, 2.5 → 0.5, 5 → 1), so the compact
 * labels are exact ("Rp 1,5 jt", never a rounded "Rp 1,3 jt" for 1.25). */
export function niceTicks(max: number): number[] {
  const lead = max / 10 ** Math.floor(Math.log10(max))
  return ticks(max, Math.abs(lead - 2) < 1e-9 ? 4 : 5)
}

/** The bar's length for `value` on an axis of `length` running 0..max: never negative, never past the axis, and at
 * least a hairline for a value above zero so it is not mistaken for none. */
export function barLength(value: number, max: number, length: number): number {
  if (!(value > 0) || !(max > 0)) return 0
  return Math.max(1, Math.min(length, (value / max) * length))
}

/** Compact rupiah for an axis: "Rp 1,3 jt", "Rp 650 rb" / "Rp 1.3m". */
export function compactRupiah(amount: number, language: "id" | "en"): string {
  const n = new Intl.NumberFormat(language === "en" ? "en-GB" : "id-ID", { notation: "compact", maximumFractionDigits: 1 })
  return `Rp ${n.format(amount)}`
}

/** Index of the largest value (the first of equals), or -1 when there is none above zero. */
export function peakIndex(values: number[]): number {
  let best = -1
  values.forEach((v, i) => {
    if (v > 0 && (best < 0 || v > values[best]!)) best = i
  })
  return best
}

/** to a hundredth of a pixel: no 128.70000000000002 in the markup */
const round = (n: number) => Math.round(n * 100) / 100

export type BarGeometry = { x: number; y: number; width: number; height: number }

/**
 * Where each bar of a grouped bar chart goes: groups side by side across `width`, within a group one bar per series,
 * heights on 0..max over `height` (y grows downwards, from `top`).
 */
export function groupedBars(
  groups: number[][],
  max: number,
  { left, top, width, height }: { left: number; top: number; width: number; height: number }
): BarGeometry[][] {
  const groupWidth = groups.length ? width / groups.length : 0
  return groups.map((values, g) => {
    const inner = groupWidth * 0.76
    const barWidth = values.length ? Math.min(32, inner / values.length) : 0
    const start = left + g * groupWidth + (groupWidth - barWidth * values.length) / 2
    return values.map((value, s) => {
      const h = barLength(value, max, height)
      return {
        x: round(start + s * barWidth),
        y: round(top + height - h),
        width: round(Math.max(0, barWidth - 2)),
        height: round(h),
      }
    })
  })
}

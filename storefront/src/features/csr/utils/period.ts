// The program report's period: two optional calendar days, the first not after the second.
export type Period = { from?: string; to?: string }
export type PeriodProblem = "from" | "to" | "order"

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A real calendar day in YYYY-MM-DD (2026-02-31 is not one). */
export function isDay(value: unknown): value is string {
  if (typeof value !== "string" || !DAY.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/** The period typed in the form, or what is wrong with it. Empty fields mean "from the start" / "until today". */
export function parsePeriod(from: string, to: string): { period: Period } | { problem: PeriodProblem } {
  const f = from.trim()
  const t = to.trim()
  if (f && !isDay(f)) return { problem: "from" }
  if (t && !isDay(t)) return { problem: "to" }
  if (f && t && f > t) return { problem: "order" }
  return { period: { ...(f ? { from: f } : {}), ...(t ? { to: t } : {}) } }
}

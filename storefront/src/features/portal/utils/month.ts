// Ledger months ("YYYY-MM"): the API counts them in Asia/Jakarta time (UTC+7), so "this month" does too.
import type { Language } from "../../../lib/i18n"
import { MONTH } from "./is-month"

const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000

/** The "YYYY-MM" in Jakarta at `now`. */
export function currentMonth(now: Date = new Date()): string {
  return new Date(now.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 7)
}

/** The month `delta` months from `month` ("2025-01", -1 → "2024-12"). */
export function shiftMonth(month: string, delta: number): string {
  const match = MONTH.exec(month)
  if (!match) throw new RangeError(`shiftMonth: not a month: ${month}`)
  const index = Number(match[1]) * 12 + (Number(match[2]) - 1) + delta
  const year = Math.floor(index / 12)
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`
}

const LOCALES: Record<Language, string> = { id: "id-ID", en: "en-GB" }

/** "Mei 2025" / "May 2025"; the text itself when it is not a month. */
export function formatMonth(month: string, language: Language): string {
  const match = MONTH.exec(month)
  if (!match) return month
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1))
  return new Intl.DateTimeFormat(LOCALES[language], { month: "long", year: "numeric", timeZone: "UTC" }).format(date)
}

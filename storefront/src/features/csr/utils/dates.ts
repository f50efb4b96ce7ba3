// Dates and times of expos and sales, always in Jakarta time (WIB, UTC+7), whatever the tablet's own zone is.
export type Language = "id" | "en"
export type ExpoPhase = "running" | "upcoming" | "past"

const ZONE = "Asia/Jakarta"
const OFFSET = "+07:00" // Indonesia has no daylight saving time
const locale = (language: Language) => (language === "en" ? "en-GB" : "id-ID")

const cache = new Map<string, Intl.DateTimeFormat>()
function format(language: Language, options: Intl.DateTimeFormatOptions, zone = ZONE): Intl.DateTimeFormat {
  const key = `${language}|${zone}|${JSON.stringify(options)}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale(language), { ...options, timeZone: zone })
    cache.set(key, f)
  }
  return f
}

const valid = (date: Date) => !Number.isNaN(date.getTime())

/** The Jakarta calendar day and wall-clock time of an instant: { date: "2026-12-04", time: "09:00" }. */
export function jakartaParts(iso: string): { date: string; time: string } | null {
  const at = new Date(iso)
  if (!valid(at)) return null
  // 7 hours ahead of UTC, then read the UTC fields: no dependence on the device's zone
  const shifted = new Date(at.getTime() + 7 * 60 * 60 * 1000).toISOString()
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) }
}

/** A day (YYYY-MM-DD) and a time (HH:MM) in Jakarta as the server's ISO form, "2026-12-04T09:00:00+07:00"; null
 * when either is not a real day or time. */
export function toJakartaIso(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null
  const check = new Date(`${date}T00:00:00Z`)
  if (!valid(check) || check.toISOString().slice(0, 10) !== date) return null
  return `${date}T${time}:00${OFFSET}`
}

/** "4–6 Desember 2026, 09.00–21.00 WIB" / "4 – 6 December 2026, 09:00–21:00 WIB"; null for a bad date. */
export function formatExpoDates(startsAt: string, endsAt: string, language: Language): string | null {
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  if (!valid(start) || !valid(end)) return null
  const days = format(language, { day: "numeric", month: "long", year: "numeric" }).formatRange(start, end)
  const clock = format(language, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
  return `${days}, ${clock.format(start)}–${clock.format(end)} WIB`
}

/** "5 Des 2026, 14.30" in Jakarta: when a sale was placed. */
export function formatSaleTime(iso: string, language: Language): string | null {
  const at = new Date(iso)
  if (!valid(at)) return null
  return format(language, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at)
}

/** A calendar day of a report, "2026-12-05" → "5 Des" (the day is already Jakarta's: no zone shift). */
export function formatReportDay(day: string, language: Language): string {
  const at = new Date(`${day}T00:00:00Z`)
  return valid(at) ? format(language, { day: "numeric", month: "short" }, "UTC").format(at) : day
}

/** A month of a report, "2026-12" → "Des 2026". */
export function formatReportMonth(month: string, language: Language): string {
  const at = new Date(`${month}-01T00:00:00Z`)
  return valid(at) ? format(language, { month: "short", year: "numeric" }, "UTC").format(at) : month
}

/** A report's period bound, "2026-12-05" → "5 Desember 2026". */
export function formatReportDate(day: string, language: Language): string {
  const at = new Date(`${day}T00:00:00Z`)
  return valid(at) ? format(language, { day: "numeric", month: "long", year: "numeric" }, "UTC").format(at) : day
}

/** Whether an expo is on now, still to come, or over. */
export function expoPhase(expo: { starts_at: string; ends_at: string }, now: Date): ExpoPhase {
  if (now.getTime() < new Date(expo.starts_at).getTime()) return "upcoming"
  if (now.getTime() > new Date(expo.ends_at).getTime()) return "past"
  return "running"
}

/** Expos by phase: running and upcoming soonest first, past most recent first. */
export function groupExposByPhase<E extends { starts_at: string; ends_at: string }>(
  expos: E[],
  now: Date
): Record<ExpoPhase, E[]> {
  const groups: Record<ExpoPhase, E[]> = { running: [], upcoming: [], past: [] }
  for (const expo of expos) groups[expoPhase(expo, now)].push(expo)
  const byStart = (a: E, b: E) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime()
  groups.running.sort(byStart)
  groups.upcoming.sort(byStart)
  groups.past.sort((a, b) => new Date(b.ends_at).getTime() - new Date(a.ends_at).getTime())
  return groups
}

/** Today in Jakarta, YYYY-MM-DD. */
export const jakartaToday = (now: Date) => jakartaParts(now.toISOString())!.date

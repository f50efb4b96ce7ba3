import type { MotifProtection } from "../api/get-product-motifs"

export type ProtectionText =
  | { key: "motif.protectedUntil"; date: string }
  | { key: "motif.protectedLifePlus70" }
  | { key: "motif.protectedFiftyYears" }

/** "1 Januari 2073" for "2073-01-01" in Indonesian; the date is a calendar day, so it is read and shown in UTC. */
export function formatCalendarDate(isoDate: string, locale: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(isoDate)?.[0]
  const date = new Date(day ? `${day}T00:00:00Z` : isoDate)
  if (Number.isNaN(date.getTime())) return isoDate
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date)
}

/** Which sentence describes a motif's protection, with its end date formatted for the locale. */
export function protectionText(protection: MotifProtection, locale: string): ProtectionText {
  if (protection.ends_at) {
    return { key: "motif.protectedUntil", date: formatCalendarDate(protection.ends_at, locale) }
  }
  return protection.rule === "life_plus_70_years"
    ? { key: "motif.protectedLifePlus70" }
    : { key: "motif.protectedFiftyYears" }
}

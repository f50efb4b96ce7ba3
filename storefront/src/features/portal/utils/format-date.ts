import type { Language } from "../../../lib/i18n"

const LOCALES: Record<Language, string> = { id: "id-ID", en: "en-GB" }

/** "12 Mei 2025" / "12 May 2025"; an empty string for a missing or broken date. */
export function formatDate(value: string | null | undefined, language: Language): string {
  if (!value) return ""
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "medium" }).format(date)
}

/** The yyyy-mm-dd an <input type="date"> shows for an ISO timestamp (in UTC). */
export function toDateInput(value: string | null | undefined): string {
  if (!value) return ""
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10)
}

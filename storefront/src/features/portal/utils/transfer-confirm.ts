import type { Language } from "../../../lib/i18n"
import { errorStatus } from "../../staff/api/staff-fetch"

/** What went wrong with a confirm, as the key of a message staff can act on (portal.transfer.errors.*). */
export type TransferProblem = "mismatch" | "closed" | "forbidden" | "notFound" | "invalid" | "failed"

export function transferProblem(error: unknown): TransferProblem {
  const status = errorStatus(error)
  const message = error instanceof Error ? error.message : ""
  if (status === 409) return message.startsWith("amount_received") ? "mismatch" : "closed"
  if (status === 403) return "forbidden"
  if (status === 404) return "notFound"
  if (status === 400) return "invalid"
  return "failed"
}

const LOCALES: Record<Language, string> = { id: "id-ID", en: "en-GB" }

/** A transfer's deadline to the minute, in Jakarta time as buyers were told: "24 Nov 2026 09.03 WIB". */
export function formatDeadline(value: string, language: Language): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  const text = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" }).format(date)
  return `${text} WIB`
}

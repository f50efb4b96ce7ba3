// Times shown to buyers are Jakarta time (WIB), whatever the buyer's device says.

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(language: "id" | "en", withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withTime}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(language === "en" ? "en-GB" : "id-ID", {
      dateStyle: "full",
      ...(withTime ? { timeStyle: "short" } : {}),
      timeZone: "Asia/Jakarta",
    })
    formatters.set(key, f)
  }
  return f
}

/** "Selasa, 24 November 2026 pukul 08.24 WIB" / "Tuesday 24 November 2026 at 08:24 WIB"; null for a bad date. */
export function formatJakartaDateTime(iso: string, language: "id" | "en"): string | null {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return `${formatter(language, true).format(date)} WIB`
}

/** "Selasa, 24 November 2026" in Jakarta; null for a bad date. */
export function formatJakartaDate(iso: string, language: "id" | "en"): string | null {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return formatter(language, false).format(date)
}

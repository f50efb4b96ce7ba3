/** What a logged read was, from its route (`METHOD /path`): the words the "Log akses" panel shows. */
export type AccessSource = "list" | "detail" | "change" | "statement" | "admin" | "other"

export function accessSource(route: string): AccessSource {
  const [method = "", path = ""] = route.split(" ")
  if (path.includes("/statements/")) return "statement"
  if (path.startsWith("/admin/")) return "admin"
  if (!path.startsWith("/portal/facility/participants")) return "other"
  if (method !== "GET") return "change"
  return path === "/portal/facility/participants" ? "list" : "detail"
}

/** "23 Nov 2026 05.30" / "23 Nov 2026, 05:30" in Jakarta time, where the facilities are; empty for a broken date. */
export function formatAccessTime(value: string, locale: string): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" }).format(date)
}

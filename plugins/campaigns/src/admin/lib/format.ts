// Dates and rupiah as operators read them: Indonesian, in Jakarta time (the expos' and reports' time zone).

const idr = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", minimumFractionDigits: 0, maximumFractionDigits: 0 })

/** 150000 → "Rp 150.000" (whole rupiah). */
export const formatRupiah = (amount: number) => idr.format(amount)

const day = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
const jakartaDays = new Intl.DateTimeFormat("id-ID", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "Asia/Jakarta",
})

/** A calendar day, "2025-10-25" → "25 Okt 2025"; null → "–". Read as a day, not an instant: no zone shift. */
export function formatDay(value: string | null): string {
  if (!value) return "–"
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? value : day.format(date)
}

/** An expo's days in Jakarta: "4–6 Des 2026", "30 Nov – 6 Des 2026", or "4 Des 2026" for a one-day expo. */
export function formatExpoDates(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt} – ${endsAt}`
  return end.getTime() < start.getTime() ? jakartaDays.format(start) : jakartaDays.formatRange(start, end)
}

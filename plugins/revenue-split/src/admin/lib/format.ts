import type { AccountType, EntryKind, PayoutMethod, Share } from "./types"

const idr = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
})

/** `150000` → "Rp 150.000", `-150000` → "-Rp 150.000" (the ledger is in whole rupiah). */
export const formatRupiah = (amount: number) => idr.format(amount)

/** 5000 → "50%", 3550 → "35.5%". */
export const formatBps = (bps: number) => `${Math.round(bps) / 100}%`

const dateTime = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Jakarta", dateStyle: "medium", timeStyle: "short" })
const date = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Jakarta", dateStyle: "medium" })

/** In Jakarta time, the ledger's periods' time zone. */
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso))
export const formatDate = (iso: string) => date.format(new Date(iso))

/** The month it is now in Jakarta, YYYY-MM. */
export function currentMonth(now = new Date()) {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit" })
    .formatToParts(now)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  return `${part("year")}-${part("month")}`
}

export const ACCOUNT_TYPE_LABELS: Record<AccountType, string> = {
  participant: "Participant",
  facility_premi: "Facility premi (unassigned)",
  facility_pnbp: "Facility PNBP",
  facility_capital: "Facility production capital",
  motif_holder: "Motif rights holder",
  platform: "Platform",
}

export const KIND_LABELS: Record<EntryKind, string> = {
  sale: "Sale",
  refund: "Refund",
  payout: "Payout",
  adjustment: "Adjustment",
}

export const SHARE_LABELS: Record<Share, string> = {
  royalty: "Royalty",
  premi: "Premi",
  pnbp: "PNBP",
  capital: "Capital",
  platform: "Platform",
}

export const PAYOUT_METHOD_LABELS: Record<PayoutMethod, string> = {
  savings_account: "Savings account",
  handed_at_release: "Handed at release",
  held_by_facility: "Held by facility",
}

// The shapes of the plugin's admin routes (README, "API").

export type AccountType =
  | "participant"
  | "facility_premi"
  | "facility_pnbp"
  | "facility_capital"
  | "motif_holder"
  | "platform"
export type EntryKind = "sale" | "refund" | "payout" | "adjustment"
export type Share = "royalty" | "premi" | "pnbp" | "capital" | "platform"
export type PayoutMethod = "savings_account" | "handed_at_release" | "held_by_facility"

export const ACCOUNT_TYPES: AccountType[] = [
  "participant",
  "facility_premi",
  "facility_pnbp",
  "facility_capital",
  "motif_holder",
  "platform",
]
export const ENTRY_KINDS: EntryKind[] = ["sale", "refund", "payout", "adjustment"]

/** A ledger entry as GET /admin/revenue/entries returns it. */
export type LedgerEntry = {
  id: string
  kind: EntryKind
  account_type: AccountType
  account_id: string
  share: Share | null
  amount: number
  facility_id: string
  product_id: string | null
  product_title?: string | null
  order_id: string | null
  template_version: number | null
  payout_method: PayoutMethod | null
  note: string | null
  occurred_at: string
  created_at: string
}

/** The query of GET /admin/revenue/entries, without paging; dates are YYYY-MM-DD (Asia/Jakarta). */
export type EntryFilters = {
  facility_id?: string
  account_type?: AccountType
  account_id?: string
  order_id?: string
  kind?: EntryKind
  from?: string
  to?: string
}

export type FacilityRevenueSummary = {
  id: string
  name: string
  short_name: string
  template_version: number
  earned: number
  balance: number
  makers_total: number
}

export type Template = {
  version: number
  premi_bps: number
  pnbp_bps: number
  capital_bps: number
  platform_bps: number
  note: string | null
  /** null for version 0, the default. */
  recorded_at: string | null
}

/** Version 0, in force until a facility records its own (README, "The split"). */
export const DEFAULT_TEMPLATE: Template = {
  version: 0,
  premi_bps: 5000,
  pnbp_bps: 1500,
  capital_bps: 3500,
  platform_bps: 0,
  note: null,
  recorded_at: null,
}

export type TemplateBody = {
  premi_bps: number
  pnbp_bps: number
  capital_bps: number
  platform_bps: number
  note?: string
}

export type ParticipantBalance = {
  participant_id: string
  display_name: string
  legal_name: string
  registration_number: string
  status: string
  earned: number
  reversed: number
  paid_out: number
  balance: number
}

/** GET /admin/revenue/facilities/:id (the same as the portal's GET /portal/facility/revenue). */
export type FacilityRevenue = {
  template: Template
  accounts: { premi_unassigned: number; pnbp: number; capital: number; royalty: number; platform: number }
  participants: ParticipantBalance[]
  totals: { earned: number; reversed: number; paid_out: number; balance: number }
}

export type MonthSummary = {
  facility: { id: string; name: string }
  month: string
  shares: { premi: number; pnbp: number; capital: number; royalty: number; platform: number }
  sales: number
  refunds: number
  payouts: number
  /** Not in the README's MonthSummary, but returned by the API; shown when not 0. */
  adjustments?: number
  net: number
  orders: number
}

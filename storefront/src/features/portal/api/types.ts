// The portal's JSON shapes, as plugins/facilities/README.md defines them.
import type { Localized, StoreFacility } from "../../../types/api"

export type { Localized, StoreFacility }

export type StaffRole = "manager" | "staff"
export type ProductStatus = "draft" | "published"
export type ParticipantStatus = "active" | "released" | "transferred"
export type FulfillmentKind = "pickup" | "shipment"

export type Staff = { id: string; email: string; name: string; role: StaffRole }

export type PortalMe = { staff: Staff; facility: StoreFacility }

export type PortalDashboard = {
  product_count: number
  published_count: number
  low_stock: {
    product_id: string
    title: string
    variant_title: string | null
    stock: number
  }[]
  open_orders: number
  participant_count: number
}

export type Participant = {
  id: string
  facility_id: string
  display_name: string
  legal_name: string
  registration_number: string
  consent_display_name: boolean
  consent_story: boolean
  consent_given_at: string | null
  consent_withdrawn_at: string | null
  story_id: string | null
  story_en: string | null
  status: ParticipantStatus
  joined_at: string | null
  status_changed_at: string | null
  skills: string[]
  public_label: string
}

/** weight: a positive integer; shares of the premi are proportional to it. */
export type MakerShare = { participant_id: string; weight: number }
export type ProductMaker = MakerShare & { display_name: string }

export type PortalVariant = {
  id: string
  title: string
  sku: string | null
  options: Record<string, string>
  price: number
  stock: number
}

export type PortalProduct = {
  id: string
  title: string
  title_en: string
  subtitle: string | null
  description: string
  description_en: string
  handle: string
  status: ProductStatus
  archived: boolean
  thumbnail: string | null
  images: string[]
  weight: number | null
  material: string | null
  options: { title: string; values: string[] }[]
  variants: PortalVariant[]
  makers: ProductMaker[]
}

export type CreateProductBody = {
  title: string
  title_en: string
  subtitle?: string
  description: string
  description_en: string
  images: string[]
  weight: number
  material?: string
  status?: ProductStatus
  options?: { title: string; values: string[] }[]
  variants: {
    title?: string
    sku?: string
    options?: Record<string, string>
    price: number
    stock: number
  }[]
  makers?: MakerShare[]
}

export type UpdateProductBody = Partial<
  Omit<CreateProductBody, "variants" | "makers" | "options" | "subtitle" | "material">
> & {
  subtitle?: string | null
  material?: string | null
  variants?: { id: string; price?: number; stock?: number }[]
}

export type ParticipantBody = {
  display_name: string
  legal_name: string
  registration_number: string
  skills?: string[]
  story_id?: string | null
  story_en?: string | null
}

export type CreateParticipantBody = ParticipantBody & {
  joined_at?: string
  consent_display_name?: boolean
  consent_story?: boolean
}

export type ShippingAddress = {
  first_name: string
  last_name: string
  address_1: string
  city: string
  province: string
  postal_code: string
  phone: string
}

export type PortalOrder = {
  id: string
  display_id: number
  created_at: string
  email: string | null
  status: string
  payment_status: string
  fulfillment_status: string
  shipping_address: ShippingAddress | null
  shipping_method: string | null
  items: {
    id: string
    title: string
    variant_title: string | null
    product_id: string
    quantity: number
    unit_price: number
    total: number
    thumbnail: string | null
  }[]
  /** rupiah of this facility's items only */
  items_total: number
  fulfillments: {
    id: string
    kind: FulfillmentKind
    tracking_number: string | null
    created_at: string
  }[]
}

export type UploadFile = { filename: string; mime_type: string; content: string }

// Motifs, as plugins/motif-ip/README.md defines them.
export type MotifStatus = "draft" | "applied" | "registered" | "expired"
export type MotifHolderKind = "facility" | "participant" | "organisation"

export type StoreMotif = {
  id: string
  title: string
  description: Localized
  image: string | null
  status: MotifStatus
  application_number: string | null
  registration_number: string | null
  work_type: string
  first_published_at: string | null
  first_published_place: string | null
  holder: { kind: MotifHolderKind; label: string }
  creators: { label: string; share: number }[]
  facility: { handle: string; name: string; short_name: string } | null
  licence: { royalty_bps: number; credit_required: boolean; other_facilities_allowed: boolean }
  protection: { rule: "50_years_from_publication" | "life_plus_70_years"; ends_at: string | null }
  credit_line: string
}

export type ManagedMotif = StoreMotif & {
  facility_id: string | null
  holder_participant_id: string | null
  holder_organisation: string | null
  creator_ids: { participant_id: string; share: number }[]
}

export type MotifBody = {
  title: string
  description_id?: string
  description_en?: string
  image?: string | null
  status?: MotifStatus
  application_number?: string | null
  registration_number?: string | null
  work_type?: string
  first_published_at?: string | null
  first_published_place?: string | null
  holder_kind?: MotifHolderKind
  holder_participant_id?: string | null
  holder_organisation?: string | null
  royalty_bps?: number
  credit_required?: boolean
  other_facilities_allowed?: boolean
  creators?: { participant_id: string; share: number }[]
}

// The makers' ledger, as plugins/revenue-split/README.md defines it. Amounts are integer rupiah.
export type PayoutMethod = "savings_account" | "handed_at_release" | "held_by_facility"
export type LedgerKind = "sale" | "refund" | "payout" | "adjustment"
export type LedgerAccountType =
  | "participant"
  | "facility_premi"
  | "facility_pnbp"
  | "facility_capital"
  | "motif_holder"
  | "platform"
export type LedgerShare = "royalty" | "premi" | "pnbp" | "capital" | "platform"

/** version 0 is the default template (recorded_at null) */
export type RevenueTemplate = {
  version: number
  premi_bps: number
  pnbp_bps: number
  capital_bps: number
  platform_bps: number
  note: string | null
  recorded_at: string | null
}

export type RevenueTemplateBody = {
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
  status: ParticipantStatus
  earned: number
  reversed: number
  paid_out: number
  balance: number
}

export type RevenueTotals = { earned: number; reversed: number; paid_out: number; balance: number }

export type FacilityRevenue = {
  template: RevenueTemplate
  accounts: { premi_unassigned: number; pnbp: number; capital: number; royalty: number; platform: number }
  participants: ParticipantBalance[]
  totals: RevenueTotals
}

export type LedgerEntry = {
  id: string
  kind: LedgerKind
  account_type: LedgerAccountType
  account_id: string
  share: LedgerShare | null
  /** signed: sales positive, refunds and payouts negative */
  amount: number
  product_id: string | null
  product_title?: string | null
  order_id: string | null
  template_version: number | null
  payout_method: PayoutMethod | null
  note: string | null
  occurred_at: string
  created_at: string
}

export type PayoutBody = {
  participant_id: string
  amount: number
  method: PayoutMethod
  note?: string
}

export type MonthSummary = {
  facility: { id: string; name: string }
  month: string
  shares: { premi: number; pnbp: number; capital: number; royalty: number; platform: number }
  sales: number
  refunds: number
  payouts: number
  net: number
  orders: number
}

// The CSR portal's records as plugins/campaigns/README.md defines them. Amounts are whole rupiah. Nothing here names a
// participant: the reports count makers, they never list them.
export type Localized = { id: string; en: string }

export type CsrMe = {
  staff: { id: string; email: string; name: string }
  programs: { id: string; handle: string; name: string }[]
}

export type ProgramFacility = {
  id: string
  handle: string
  name: string
  short_name: string
  city: string
  province: string
}

export type Program = {
  id: string
  handle: string
  name: string
  sponsor: { company: string; unit: string }
  /** YYYY-MM-DD */
  start_date: string | null
  skills: string[]
  sdg_targets: string[]
  description: Localized
  is_active: boolean
  facilities: ProgramFacility[]
}

export type Expo = {
  id: string
  handle: string
  name: string
  venue: string
  city: string
  /** ISO date-times */
  starts_at: string
  ends_at: string
  promo_code: string | null
  /** the promo code's discount in percent; null without a code */
  promo_percentage: number | null
  program_id: string
  sales_channel_id: string | null
}

export type ExpoProduct = { id: string; title: string; handle: string; thumbnail: string | null; status: string }

export type ExpoDetail = Expo & { products: ExpoProduct[]; publishable_key: string | null }

export type CreateExpoBody = {
  handle: string
  name: string
  venue: string
  city: string
  starts_at: string
  ends_at: string
  program_id: string
  promo_code?: string
  promo_percentage?: number
  product_ids?: string[]
}

export type UpdateExpoBody = Partial<Omit<CreateExpoBody, "program_id" | "product_ids" | "promo_code">> & {
  /** null takes the code away */
  promo_code?: string | null
}

/** A product of one of the program's facilities, as the store lists it: what an expo can feature. */
export type PickableProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  facility: { handle: string; name: string }
}

/** price: whole rupiah, null when the variant has no price in the store's region (it cannot be sold); stock: what the
 * expo's location has available, null when the variant's inventory is not managed. */
export type BoothVariant = { id: string; title: string; sku: string | null; price: number | null; stock: number | null }

export type BoothProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  facility: { name: string } | null
  variants: BoothVariant[]
}

export type Booth = { expo: Expo; products: BoothProduct[] }

export type PaymentMethod = "cash" | "qris"

export type BoothOrderBody = {
  items: { variant_id: string; quantity: number }[]
  payment_method: PaymentMethod
  payment_reference?: string
  email?: string
  idempotency_key: string
}

export type BoothOrder = {
  id: string
  display_id: number
  total: number
  currency_code: string
  items: { title: string; variant_title: string | null; quantity: number; unit_price: number; total: number }[]
  payment_method: PaymentMethod
  payment_status: string
  placed_at: string
}

export type ExpoOrderRow = {
  id: string
  display_id: number
  total: number
  source: "booth" | "qr"
  payment_method: PaymentMethod | null
  placed_at: string
  items_count: number
}

export type ExpoReport = {
  expo: Expo
  totals: { orders: number; items_sold: number; revenue: number; premi: number }
  by_source: { booth: { orders: number; revenue: number }; qr: { orders: number; revenue: number } }
  /** date: YYYY-MM-DD (Jakarta) */
  by_day: { date: string; orders: number; revenue: number; premi: number }[]
  top_products: { product_id: string; title: string; quantity: number; revenue: number }[]
}

export type ImpactFigures = {
  participants_trained: number
  participants_earning: number
  premi_credited: number
  premi_paid_out: number
  products_sold: number
  revenue: number
}

export type ProgramReport = {
  program: {
    id: string
    handle: string
    name: string
    sponsor: { company: string; unit: string }
    sdg_targets: string[]
    skills: string[]
  }
  /** YYYY-MM-DD, either may be null for "from the start" / "until today" */
  period: { from: string | null; to: string | null }
  facilities: ({ id: string; name: string; city: string } & ImpactFigures)[]
  totals: ImpactFigures
  expos: { handle: string; name: string; orders: number; revenue: number; premi: number }[]
  /** month: YYYY-MM */
  by_month: { month: string; revenue: number; premi: number }[]
}

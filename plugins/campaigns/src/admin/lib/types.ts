// The shapes of the plugin's admin routes (README, "Types" and "Admin routes"), as the pages read them.

export type ProgramFacility = { id: string; handle: string; name: string; short_name: string; city: string; province: string }

export type Program = {
  id: string
  handle: string
  name: string
  sponsor: { company: string; unit: string }
  /** YYYY-MM-DD, or null when the sources give no date */
  start_date: string | null
  skills: string[]
  sdg_targets: string[]
  description: { id: string; en: string }
  is_active: boolean
  /** active facilities only, by name */
  facilities: ProgramFacility[]
}

export type Expo = {
  id: string
  handle: string
  name: string
  venue: string
  city: string
  starts_at: string
  ends_at: string
  promo_code: string | null
  promo_percentage: number | null
  program_id: string
  sales_channel_id: string | null
}

/** GET /admin/campaigns/programs/:id */
export type ProgramDetail = Program & { expos: Expo[] }

export type CsrStaff = { id: string; email: string; name: string; program_ids: string[]; is_active: boolean }

/** The body of POST /admin/campaigns/programs; every field but handle, name and sponsor_company may be left out. */
export type CreateProgramBody = {
  handle: string
  name: string
  sponsor_company: string
  sponsor_unit?: string
  start_date?: string | null
  skills?: string[]
  sdg_targets?: string[]
  description_id?: string
  description_en?: string
  is_active?: boolean
  facility_ids?: string[]
}

/** POST /admin/campaigns/programs/:id: any of the create fields; `facility_ids` replaces the set. */
export type UpdateProgramBody = Partial<CreateProgramBody>

export type CreateCsrStaffBody = { email: string; name: string; program_ids: string[]; password: string }
export type UpdateCsrStaffBody = Partial<{ name: string; program_ids: string[]; is_active: boolean }>

/** A row of the facilities plugin's GET /admin/facilities, as far as the program form needs it. */
export type FacilityOption = { id: string; name: string; short_name: string; city: string; is_active: boolean }

/** GET /admin/campaigns/expos/:id/report → `{ report }` (the expo dashboard; integer rupiah). */
export type ExpoReport = {
  expo: { id: string; handle: string; name: string; venue: string; city: string; starts_at: string; ends_at: string }
  totals: { orders: number; items_sold: number; revenue: number; premi: number }
  by_source: Record<"booth" | "qr", { orders: number; revenue: number }>
  by_day: { date: string; orders: number; revenue: number; premi: number }[]
  top_products: { product_id: string; title: string; quantity: number; revenue: number }[]
}

export type FacilityKind = "lapas" | "lpp" | "rutan" | "lpka"
export type FacilityClass = "I" | "IIA" | "IIB" | "III"

export const FACILITY_KINDS: FacilityKind[] = ["lapas", "lpp", "rutan", "lpka"]
export const FACILITY_CLASSES: FacilityClass[] = ["I", "IIA", "IIB", "III"]

/** The editable fields of a facility, as POST /admin/facilities(/:id) takes them. */
export type FacilityFields = {
  handle: string
  name: string
  short_name: string
  kind: FacilityKind
  class: FacilityClass
  city: string
  province: string
  story_id: string
  story_en: string
  cover_image: string | null
  whatsapp: string | null
  is_active: boolean
}

export type AdminFacility = FacilityFields & { id: string; created_at: string; updated_at: string }

/** A row of GET /admin/facilities. */
export type AdminFacilityListItem = AdminFacility & {
  product_count: number
  participant_count: number
  staff_count: number
}

export type StaffRole = "manager" | "staff"
export type AdminStaff = { id: string; email: string; name: string; role: StaffRole; is_active: boolean }

/** The non-private participant fields GET /admin/facilities/:id returns. */
export type AdminParticipantSummary = {
  id: string
  display_name: string
  status: "active" | "released" | "transferred"
  consent_display_name: boolean
  consent_withdrawn_at: string | null
  skills: string[] | null
}

export type AdminFacilityProduct = { id: string; title: string; status: string; thumbnail: string | null }

/** GET /admin/facilities/:id */
export type AdminFacilityDetail = AdminFacility & {
  staff: AdminStaff[] | null
  participants: AdminParticipantSummary[] | null
  products: AdminFacilityProduct[] | null
}

export type CreateStaffBody = { email: string; name: string; role: StaffRole; password: string }

/** GET /admin/products/:id/facility */
export type ProductFacility = {
  facility: { id: string; name: string; short_name: string; handle: string; city: string; province: string } | null
  makers: {
    participant_id: string
    display_name: string
    public_label: string
    status: AdminParticipantSummary["status"]
    weight: number
  }[]
}

export type MotifStatus = "draft" | "applied" | "registered" | "expired"
export type HolderKind = "facility" | "participant" | "organisation"

export const MOTIF_STATUSES: MotifStatus[] = ["draft", "applied", "registered", "expired"]
export const HOLDER_KINDS: HolderKind[] = ["facility", "participant", "organisation"]

/** A motif as GET /admin/motifs(/:id) returns it (ManagedMotif in the plugin's README). */
export type AdminMotif = {
  id: string
  title: string
  description: { id: string; en: string }
  image: string | null
  status: MotifStatus
  application_number: string | null
  registration_number: string | null
  work_type: string
  first_published_at: string | null
  first_published_place: string | null
  holder: { kind: HolderKind; label: string }
  creators: { label: string; share: number }[]
  facility: { handle: string; name: string; short_name: string } | null
  licence: { royalty_bps: number; credit_required: boolean; other_facilities_allowed: boolean }
  protection: { rule: "50_years_from_publication" | "life_plus_70_years"; ends_at: string | null }
  credit_line: string
  facility_id: string | null
  holder_participant_id: string | null
  holder_organisation: string | null
  creator_ids: { participant_id: string; share: number }[]
  /** Not returned by the admin routes today; counted when present. */
  products?: { id: string }[]
}

/** The fields POST /admin/motifs/:id takes (any subset; creators are left alone here). */
export type MotifUpdateBody = {
  title?: string
  status?: MotifStatus
  application_number?: string | null
  registration_number?: string | null
  work_type?: string
  first_published_at?: string | null
  first_published_place?: string | null
  holder_kind?: HolderKind
  holder_participant_id?: string | null
  holder_organisation?: string | null
  royalty_bps?: number
  credit_required?: boolean
  other_facilities_allowed?: boolean
}

export type MotifFilters = { status?: MotifStatus; facility?: string }

/** The few facility fields the filters and the holder picker need (facilities plugin's admin routes). */
export type FacilityOption = { id: string; handle: string; name: string }
export type ParticipantOption = { id: string; display_name: string; status: string }

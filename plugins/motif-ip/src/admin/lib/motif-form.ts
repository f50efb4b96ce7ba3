import type { AdminMotif, HolderKind, MotifStatus, MotifUpdateBody } from "./types"

/** The edit form's state: every field as the inputs hold it. */
export type MotifFormValues = {
  title: string
  status: MotifStatus
  application_number: string
  registration_number: string
  work_type: string
  first_published_at: string
  first_published_place: string
  holder_kind: HolderKind
  holder_participant_id: string
  holder_organisation: string
  royalty_percent: string
  credit_required: boolean
  other_facilities_allowed: boolean
}

/** 250 basis points → "2.5" (percent). */
export function bpsToPercent(bps: number) {
  return String(Math.round(bps) / 100)
}

/** "2.5" → 250; "2,5" is read as 2.5; empty is 0; anything else is NaN (see formToUpdateBody). */
export function percentToBps(percent: string) {
  const n = Number(percent.trim().replace(",", "."))
  return percent.trim() === "" ? 0 : Math.round(n * 100)
}

export function motifToForm(m: AdminMotif): MotifFormValues {
  return {
    title: m.title,
    status: m.status,
    application_number: m.application_number ?? "",
    registration_number: m.registration_number ?? "",
    work_type: m.work_type,
    first_published_at: m.first_published_at ?? "",
    first_published_place: m.first_published_place ?? "",
    holder_kind: m.holder.kind,
    holder_participant_id: m.holder_participant_id ?? "",
    holder_organisation: m.holder_organisation ?? "",
    royalty_percent: bpsToPercent(m.licence.royalty_bps),
    credit_required: m.licence.credit_required,
    other_facilities_allowed: m.licence.other_facilities_allowed,
  }
}

const orNull = (s: string) => s.trim() || null

/** Body for POST /admin/motifs/:id: empty optional fields are cleared (null); the holder fields of other kinds too. */
export function formToUpdateBody(v: MotifFormValues): MotifUpdateBody {
  const bps = percentToBps(v.royalty_percent)
  return {
    title: v.title.trim(),
    status: v.status,
    application_number: orNull(v.application_number),
    registration_number: orNull(v.registration_number),
    work_type: v.work_type.trim(),
    first_published_at: orNull(v.first_published_at),
    first_published_place: orNull(v.first_published_place),
    holder_kind: v.holder_kind,
    holder_participant_id: v.holder_kind === "participant" ? orNull(v.holder_participant_id) : null,
    holder_organisation: v.holder_kind === "organisation" ? orNull(v.holder_organisation) : null,
    // JSON has no NaN: an unreadable percent goes as -1 so the API answers with its royalty_bps message
    royalty_bps: Number.isFinite(bps) ? bps : -1,
    credit_required: v.credit_required,
    other_facilities_allowed: v.other_facilities_allowed,
  }
}

export const STATUS_LABELS: Record<MotifStatus, string> = {
  draft: "Draft",
  applied: "Applied",
  registered: "Registered",
  expired: "Expired",
}

export const HOLDER_LABELS: Record<HolderKind, string> = {
  facility: "The facility",
  participant: "A participant",
  organisation: "An organisation",
}

/** "2.5%" from basis points. */
export const formatRoyalty = (bps: number) => `${bpsToPercent(bps)}%`

export function protectionText(p: AdminMotif["protection"]) {
  if (p.rule === "life_plus_70_years") return "Creator's life + 70 years (end date unknown)"
  return p.ends_at ? `50 years from first publication — until ${p.ends_at}` : "50 years from first publication (date not set)"
}

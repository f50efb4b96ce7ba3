// The motif form's state, its mapping to the portal's motif body, and royalty percent ↔ basis points.
import type { ManagedMotif, MotifBody, MotifHolderKind, MotifStatus } from "../api/types"

export type CreatorRow = { participant_id: string; share: string }

export type MotifFormValues = {
  title: string
  description_id: string
  description_en: string
  image: string | null
  status: MotifStatus
  application_number: string
  registration_number: string
  work_type: string
  first_published_at: string
  first_published_place: string
  holder_kind: MotifHolderKind
  holder_participant_id: string
  holder_organisation: string
  royalty_percent: string
  credit_required: boolean
  other_facilities_allowed: boolean
  creators: CreatorRow[]
}

/** The fields a server message can name; also the ids of their inputs (prefixed "motif-"). */
export const MOTIF_FIELDS = [
  "title",
  "description_id",
  "description_en",
  "image",
  "status",
  "application_number",
  "registration_number",
  "work_type",
  "first_published_at",
  "first_published_place",
  "holder_kind",
  "holder_participant_id",
  "holder_organisation",
  "royalty_bps",
  "credit_required",
  "other_facilities_allowed",
  "creators",
] as const
export type MotifField = (typeof MOTIF_FIELDS)[number]

/** i18n keys under portal.errors */
export type MotifFormProblem = "required" | "royaltyPercent" | "shareNumber"
export type MotifFormErrors = Partial<Record<MotifField, MotifFormProblem>>

/** "12,5" or "12.5" percent → 1250 basis points; null unless 0–100 with at most two decimals. */
export function percentToBps(input: string): number | null {
  const text = input.trim().replace(/\s*%$/, "").replace(",", ".")
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null
  const bps = Math.round(Number(text) * 100)
  return bps >= 0 && bps <= 10000 ? bps : null
}

/** 1250 → "12,5" (Indonesian) or "12.5"; whole percents without decimals. */
export function bpsToPercent(bps: number, decimalSeparator: "," | "." = ","): string {
  const text = String(bps / 100)
  return decimalSeparator === "," ? text.replace(".", ",") : text
}

export const emptyMotifForm = (): MotifFormValues => ({
  title: "",
  description_id: "",
  description_en: "",
  image: null,
  status: "draft",
  application_number: "",
  registration_number: "",
  work_type: "",
  first_published_at: "",
  first_published_place: "",
  holder_kind: "facility",
  holder_participant_id: "",
  holder_organisation: "",
  royalty_percent: "0",
  credit_required: true,
  other_facilities_allowed: false,
  creators: [],
})

export function motifToForm(motif: ManagedMotif): MotifFormValues {
  return {
    title: motif.title,
    description_id: motif.description.id,
    description_en: motif.description.en,
    image: motif.image,
    status: motif.status,
    application_number: motif.application_number ?? "",
    registration_number: motif.registration_number ?? "",
    work_type: motif.work_type,
    first_published_at: motif.first_published_at ?? "",
    first_published_place: motif.first_published_place ?? "",
    holder_kind: motif.holder.kind,
    holder_participant_id: motif.holder_participant_id ?? "",
    holder_organisation: motif.holder_organisation ?? "",
    royalty_percent: bpsToPercent(motif.licence.royalty_bps),
    credit_required: motif.licence.credit_required,
    other_facilities_allowed: motif.licence.other_facilities_allowed,
    creators: motif.creator_ids.map((c) => ({ participant_id: c.participant_id, share: String(c.share) })),
  }
}

const orNull = (text: string) => (text.trim() ? text.trim() : null)

function parseShare(text: string): number | null {
  const value = Number(text.trim().replace(",", "."))
  return text.trim() !== "" && Number.isFinite(value) && value > 0 ? value : null
}

/** Problems found before asking the server; the server checks the DJKI formats and names. */
export function validateMotifForm(values: MotifFormValues): MotifFormErrors {
  const errors: MotifFormErrors = {}
  if (!values.title.trim()) errors.title = "required"
  if (percentToBps(values.royalty_percent) === null) errors.royalty_bps = "royaltyPercent"
  if (values.holder_kind === "participant" && !values.holder_participant_id) {
    errors.holder_participant_id = "required"
  }
  if (values.holder_kind === "organisation" && !values.holder_organisation.trim()) {
    errors.holder_organisation = "required"
  }
  if (values.creators.some((c) => !c.participant_id || parseShare(c.share) === null)) {
    errors.creators = "shareNumber"
  }
  return errors
}

/** The body for create and update (update replaces every field the form holds). */
export function toMotifBody(values: MotifFormValues): MotifBody {
  return {
    title: values.title.trim(),
    description_id: values.description_id,
    description_en: values.description_en,
    image: values.image,
    status: values.status,
    application_number: orNull(values.application_number),
    registration_number: orNull(values.registration_number),
    work_type: values.work_type.trim() || undefined,
    first_published_at: orNull(values.first_published_at),
    first_published_place: orNull(values.first_published_place),
    holder_kind: values.holder_kind,
    holder_participant_id: values.holder_kind === "participant" ? values.holder_participant_id || null : null,
    holder_organisation: values.holder_kind === "organisation" ? orNull(values.holder_organisation) : null,
    royalty_bps: percentToBps(values.royalty_percent) ?? 0,
    credit_required: values.credit_required,
    other_facilities_allowed: values.other_facilities_allowed,
    creators: values.creators.map((c) => ({ participant_id: c.participant_id, share: parseShare(c.share) ?? 0 })),
  }
}

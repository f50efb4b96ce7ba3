// How a motif is shown in public: its DJKI record, its creators as they consented to be shown, its holder, its
// protection term and a ready credit line (title — creators — DJKI number — holder, after the title/author/source/
// licence convention). Store routes and the revenue split read motifs through here.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_PARTICIPANT_FIELDS, publicMakerLabel, type MakerRecord } from "@karya/plugin-facilities/lib/maker-label"

export const MOTIF_FIELDS = [
  "id", "title", "description_id", "description_en", "image", "status", "application_number", "registration_number",
  "work_type", "first_published_at", "first_published_place", "holder_kind", "holder_participant_id",
  "holder_organisation", "royalty_bps", "credit_required", "other_facilities_allowed", "created_at",
  "creators.participant_id", "creators.share",
  "facility.id", "facility.handle", "facility.name", "facility.short_name",
]

export type MotifRow = {
  id: string
  title: string
  description_id: string
  description_en: string
  image: string | null
  status: "draft" | "applied" | "registered" | "expired"
  application_number: string | null
  registration_number: string | null
  work_type: string
  first_published_at: Date | string | null
  first_published_place: string | null
  holder_kind: "facility" | "participant" | "organisation"
  holder_participant_id: string | null
  holder_organisation: string | null
  royalty_bps: number
  credit_required: boolean
  other_facilities_allowed: boolean
  creators?: { participant_id: string; share: number }[]
  facility?: { id: string; handle: string; name: string; short_name: string } | null
}

type Maker = MakerRecord & { facility?: { short_name: string } }

/** Copyright term under Indonesian law (UU 28/2014): works held by an institution are protected for 50 years from
 * first publication; works held by a person for her life plus 70 years, whose end cannot be known here. */
export function protection(m: Pick<MotifRow, "holder_kind" | "first_published_at">) {
  if (m.holder_kind === "participant") return { rule: "life_plus_70_years" as const, ends_at: null }
  if (!m.first_published_at) return { rule: "50_years_from_publication" as const, ends_at: null }
  const end = new Date(m.first_published_at)
  end.setUTCFullYear(end.getUTCFullYear() + 50)
  return { rule: "50_years_from_publication" as const, ends_at: end.toISOString().slice(0, 10) }
}

export function toStoreMotif(m: MotifRow, makers: Map<string, Maker>) {
  const shortName = m.facility?.short_name ?? ""
  const label = (id: string) => {
    const maker = makers.get(id)
    return maker ? publicMakerLabel(maker, maker.facility?.short_name ?? shortName) : `Pembuat, ${shortName}`
  }
  // largest share first, then by name: the same order on every page
  const creators = (m.creators ?? [])
    .map((c) => ({ label: label(c.participant_id), share: c.share }))
    .sort((a, b) => b.share - a.share || a.label.localeCompare(b.label, "id"))
  const holder =
    m.holder_kind === "facility"
      ? m.facility?.name ?? ""
      : m.holder_kind === "organisation"
        ? m.holder_organisation ?? ""
        : label(m.holder_participant_id ?? "")
  const number = m.registration_number ? `DJKI No. ${m.registration_number}` : m.application_number ? `DJKI permohonan ${m.application_number}` : null
  const credit_line = [m.title, creators.length ? `Pencipta: ${creators.map((c) => c.label).join(", ")}` : null, number, holder ? `Pemegang hak: ${holder}` : null]
    .filter(Boolean)
    .join(" — ")
  return {
    id: m.id,
    title: m.title,
    description: { id: m.description_id, en: m.description_en || m.description_id },
    image: m.image,
    status: m.status,
    application_number: m.application_number,
    registration_number: m.registration_number,
    work_type: m.work_type,
    first_published_at: m.first_published_at ? new Date(m.first_published_at).toISOString().slice(0, 10) : null,
    first_published_place: m.first_published_place,
    holder: { kind: m.holder_kind, label: holder },
    creators,
    facility: m.facility ? { handle: m.facility.handle, name: m.facility.name, short_name: m.facility.short_name } : null,
    licence: { royalty_bps: m.royalty_bps, credit_required: m.credit_required, other_facilities_allowed: m.other_facilities_allowed },
    protection: protection(m),
    credit_line,
  }
}

/** The public participant records behind a set of motifs' creators and holders. */
export async function makersOf(container: MedusaContainer, motifs: MotifRow[]): Promise<Map<string, Maker>> {
  const ids = [...new Set(motifs.flatMap((m) => [...(m.creators ?? []).map((c) => c.participant_id), m.holder_participant_id ?? ""]).filter(Boolean))]
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "participant",
    fields: [...PUBLIC_PARTICIPANT_FIELDS, "facility.short_name"],
    filters: { id: ids },
  })
  return new Map(data.map((p) => [p.id, p as unknown as Maker]))
}

export async function loadStoreMotifs(container: MedusaContainer, filters: Record<string, unknown>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "motif", fields: MOTIF_FIELDS, filters })
  const rows = data as unknown as MotifRow[]
  const makers = await makersOf(container, rows)
  return rows.map((m) => toStoreMotif(m, makers))
}

/** For staff and operators: the public view plus the ids behind it (creators and holder participant). */
export async function loadManagedMotifs(container: MedusaContainer, filters: Record<string, unknown>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "motif", fields: MOTIF_FIELDS, filters })
  const rows = data as unknown as MotifRow[]
  const makers = await makersOf(container, rows)
  return rows.map((m) => ({
    ...toStoreMotif(m, makers),
    facility_id: m.facility?.id ?? null,
    holder_participant_id: m.holder_participant_id,
    holder_organisation: m.holder_organisation,
    creator_ids: (m.creators ?? []).map((c) => ({ participant_id: c.participant_id, share: c.share })),
  }))
}

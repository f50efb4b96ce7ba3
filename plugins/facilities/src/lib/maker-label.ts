// What the public may know of a maker: her chosen display name while she consents to it, otherwise only her craft's
// facility. Every store route, page and search document goes through these functions; nothing else reads the
// participant record for the public.

export interface MakerRecord {
  id: string
  display_name: string
  consent_display_name: boolean
  consent_story: boolean
  consent_withdrawn_at: Date | string | null
  story_id: string | null
  story_en: string | null
  skills: string[] | null
}

export interface PublicMaker {
  id: string
  label: string
  skills: string[]
  story: { id: string; en: string } | null
  facility_handle: string
}

const consents = (p: MakerRecord) => !p.consent_withdrawn_at

export function publicMakerLabel(p: MakerRecord, facilityShortName: string): string {
  return consents(p) && p.consent_display_name && p.display_name.trim()
    ? p.display_name.trim()
    : `Pembuat, ${facilityShortName}`
}

export function toPublicMaker(p: MakerRecord, facility: { handle: string; short_name: string }): PublicMaker {
  const showStory = consents(p) && p.consent_story && Boolean(p.story_id || p.story_en)
  return {
    id: p.id,
    label: publicMakerLabel(p, facility.short_name),
    skills: p.skills ?? [],
    story: showStory ? { id: p.story_id ?? "", en: p.story_en ?? p.story_id ?? "" } : null,
    facility_handle: facility.handle,
  }
}

/** The fields of a participant a public route may select: never legal_name nor registration_number. */
export const PUBLIC_PARTICIPANT_FIELDS = [
  "id",
  "display_name",
  "consent_display_name",
  "consent_story",
  "consent_withdrawn_at",
  "story_id",
  "story_en",
  "skills",
  "status",
] as const

/** The fields of a facility the store shows. */
export const STORE_FACILITY_FIELDS = [
  "id",
  "handle",
  "name",
  "short_name",
  "kind",
  "class",
  "city",
  "province",
  "story_id",
  "story_en",
  "cover_image",
  "whatsapp",
] as const

export interface FacilityRecord {
  id: string
  handle: string
  name: string
  short_name: string
  kind: string
  class: string
  city: string
  province: string
  story_id: string
  story_en: string
  cover_image: string | null
  whatsapp: string | null
}

export function toStoreFacility(f: FacilityRecord, productCount?: number) {
  return {
    id: f.id,
    handle: f.handle,
    name: f.name,
    short_name: f.short_name,
    kind: f.kind,
    class: f.class,
    city: f.city,
    province: f.province,
    story: { id: f.story_id, en: f.story_en },
    cover_image: f.cover_image,
    whatsapp: f.whatsapp,
    ...(productCount === undefined ? {} : { product_count: productCount }),
  }
}

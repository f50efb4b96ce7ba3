import type { CreateFacilityBody } from "./queries"
import type { AdminFacility, FacilityClass, FacilityFields, FacilityKind } from "./types"

/** The facility form's state: every field as the inputs hold it. */
export type FacilityFormValues = {
  handle: string
  name: string
  short_name: string
  kind: FacilityKind
  class: FacilityClass
  city: string
  province: string
  story_id: string
  story_en: string
  cover_image: string
  whatsapp: string
  is_active: boolean
}

export const emptyFacilityForm: FacilityFormValues = {
  handle: "",
  name: "",
  short_name: "",
  kind: "lapas",
  class: "IIA",
  city: "",
  province: "",
  story_id: "",
  story_en: "",
  cover_image: "",
  whatsapp: "",
  is_active: true,
}

export function facilityToForm(f: AdminFacility): FacilityFormValues {
  return {
    handle: f.handle,
    name: f.name,
    short_name: f.short_name,
    kind: f.kind,
    class: f.class,
    city: f.city,
    province: f.province,
    story_id: f.story_id ?? "",
    story_en: f.story_en ?? "",
    cover_image: f.cover_image ?? "",
    whatsapp: f.whatsapp ?? "",
    is_active: f.is_active,
  }
}

/** Body for POST /admin/facilities: empty optional fields are left out. */
export function formToCreateBody(v: FacilityFormValues): CreateFacilityBody {
  const { cover_image, whatsapp, ...rest } = v
  return {
    ...rest,
    ...(cover_image.trim() ? { cover_image: cover_image.trim() } : {}),
    ...(whatsapp.trim() ? { whatsapp: whatsapp.trim() } : {}),
  }
}

/** Body for POST /admin/facilities/:id: empty optional fields are cleared (null). */
export function formToUpdateBody(v: FacilityFormValues): FacilityFields {
  return { ...v, cover_image: v.cover_image.trim() || null, whatsapp: v.whatsapp.trim() || null }
}

/** Suggests a handle from a name: "Lapas Perempuan Kelas IIA Bandung" → "lapas-perempuan-kelas-iia-bandung". */
export function slugify(name: string) {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
}

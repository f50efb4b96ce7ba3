// The public facility and maker records, as plugins/facilities/README.md defines them: never a legal name or an
// inmate number, and a maker only as she consented to be shown.
export type Localized = { id: string; en: string }

export type StoreFacility = {
  id: string
  handle: string
  name: string
  short_name: string
  kind: "lapas" | "lpp" | "rutan" | "lpka"
  class: "I" | "IIA" | "IIB" | "III"
  city: string
  province: string
  story: Localized
  cover_image: string | null
  whatsapp: string | null
  product_count: number
}

/** `label` is her chosen display name while she consents, otherwise "Pembuat, <facility short name>". */
export type PublicMaker = {
  id: string
  label: string
  skills: string[]
  /** only with her consent to share it */
  story: Localized | null
  facility_handle: string
}

export type FacilityDetail = StoreFacility & {
  makers: PublicMaker[]
  products: { id: string; title: string; handle: string; thumbnail: string | null }[]
}

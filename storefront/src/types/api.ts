// Records the backend answers that more than one feature shows (bulletproof-react's src/types): a facility as the
// facilities plugin's store routes define it (plugins/facilities/README.md), and a text in both languages.
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

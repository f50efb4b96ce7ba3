// The shapes portal routes answer with (see the plugin README). Private participant fields appear here only: these
// serializers are used by portal routes, which are scoped to the caller's facility.
import { publicMakerLabel, type MakerRecord } from "../../../lib/maker-label"

export const PARTICIPANT_FIELDS = [
  "id",
  "facility_id",
  "display_name",
  "legal_name",
  "registration_number",
  "consent_display_name",
  "consent_story",
  "consent_given_at",
  "consent_withdrawn_at",
  "story_id",
  "story_en",
  "status",
  "joined_at",
  "status_changed_at",
  "skills",
  "created_at",
] as const

export function toPortalParticipant<T extends MakerRecord>(p: T, facilityShortName: string) {
  return { ...p, public_label: publicMakerLabel(p, facilityShortName) }
}

export const PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "thumbnail",
  "weight",
  "material",
  "metadata",
  "created_at",
  "images.url",
  "images.rank",
  "options.title",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.options.value",
  "variants.options.option.title",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
]

type ProductRow = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  status: string
  thumbnail: string | null
  weight: number | null
  material: string | null
  metadata: Record<string, unknown> | null
  images?: { url: string; rank: number }[]
  options?: { title: string; values?: { value: string }[] }[]
  variants?: {
    id: string
    title: string
    sku: string | null
    options?: { value: string; option?: { title: string } }[]
    prices?: { amount: number; currency_code: string }[]
    inventory_items?: { inventory?: { location_levels?: { stocked_quantity: number }[] } }[]
  }[]
}

export type MakerCreditRow = { participant_id: string; weight: number; participant?: { display_name: string } }

export function toPortalProduct(p: ProductRow, credits: MakerCreditRow[]) {
  const meta = p.metadata ?? {}
  return {
    id: p.id,
    title: p.title,
    title_en: typeof meta.title_en === "string" ? meta.title_en : "",
    subtitle: p.subtitle,
    description: p.description ?? "",
    description_en: typeof meta.description_en === "string" ? meta.description_en : "",
    handle: p.handle,
    status: p.status,
    archived: Boolean(meta.archived_at),
    thumbnail: p.thumbnail,
    images: [...(p.images ?? [])].sort((a, b) => a.rank - b.rank).map((i) => i.url),
    weight: p.weight === null ? null : Number(p.weight),
    material: p.material,
    options: (p.options ?? []).map((o) => ({ title: o.title, values: (o.values ?? []).map((v) => v.value) })),
    variants: (p.variants ?? []).map((v) => ({
      id: v.id,
      title: v.title,
      sku: v.sku,
      options: Object.fromEntries((v.options ?? []).map((o) => [o.option?.title ?? "", o.value])),
      price: Number(v.prices?.find((pr) => pr.currency_code === "idr")?.amount ?? 0),
      stock: (v.inventory_items ?? []).reduce(
        (sum, item) =>
          sum + (item.inventory?.location_levels ?? []).reduce((s, l) => s + Number(l.stocked_quantity), 0),
        0
      ),
    })),
    makers: credits.map((c) => ({
      participant_id: c.participant_id,
      weight: c.weight,
      display_name: c.participant?.display_name ?? "",
    })),
  }
}

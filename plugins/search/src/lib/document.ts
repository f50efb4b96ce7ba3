// One search document per published product: what a buyer searches, filters and sorts by, and nothing private. Built
// from Medusa's product, price and inventory data, the facilities plugin (facility, makers as consented) and the
// motif-ip plugin (motif titles and DJKI numbers).
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_PARTICIPANT_FIELDS, publicMakerLabel, type MakerRecord } from "@karya/plugin-facilities/lib/maker-label"

export type SearchDocument = {
  id: string
  handle: string
  title: string
  title_en: string
  description: string
  description_en: string
  facility_handle: string | null
  facility_name: string | null
  city: string | null
  province: string | null
  craft: string | null
  craft_name: string | null
  programs: string[]
  motifs: string[]
  motif_numbers: string[]
  makers: string[]
  price_min: number | null
  price_max: number | null
  in_stock: boolean
  thumbnail: string | null
  created_at: number
}

/** The fields of a document, for a test that no other (private) field ever reaches an index. */
export const DOCUMENT_FIELDS: (keyof SearchDocument)[] = [
  "id", "handle", "title", "title_en", "description", "description_en", "facility_handle", "facility_name", "city",
  "province", "craft", "craft_name", "programs", "motifs", "motif_numbers", "makers", "price_min", "price_max",
  "in_stock", "thumbnail", "created_at",
]

type ProductRow = {
  id: string
  handle: string
  title: string
  description: string | null
  status: string
  thumbnail: string | null
  created_at: string | Date
  metadata: Record<string, unknown> | null
  categories?: { handle: string; name: string }[]
  facility?: { handle: string; name: string; short_name: string; city: string; province: string; is_active: boolean } | null
  motifs?: { title: string; status: string; registration_number: string | null }[]
  variants?: {
    manage_inventory: boolean
    allow_backorder: boolean
    prices?: { amount: number; currency_code: string }[]
    inventory_items?: { inventory?: { location_levels?: { stocked_quantity: number; reserved_quantity: number }[] } }[]
  }[]
}
type CreditRow = { product_id: string; participant: MakerRecord & { status: string } }

const text = (v: unknown) => (typeof v === "string" ? v : "")

/**
 * Documents for these products, and the ids of those that must leave the index (deleted, unpublished, or of an
 * inactive facility).
 */
export async function buildDocuments(container: MedusaContainer, productIds: string[]): Promise<{ documents: SearchDocument[]; removed: string[] }> {
  if (!productIds.length) return { documents: [], removed: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id", "handle", "title", "description", "status", "thumbnail", "created_at", "metadata",
      "categories.handle", "categories.name",
      "facility.handle", "facility.name", "facility.short_name", "facility.city", "facility.province", "facility.is_active",
      "motifs.title", "motifs.status", "motifs.registration_number",
      "variants.manage_inventory", "variants.allow_backorder", "variants.prices.amount", "variants.prices.currency_code",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
      "variants.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: productIds },
  })
  const products = data as ProductRow[]
  const { data: credits } = await query.graph({
    entity: "maker_credit",
    fields: ["product_id", ...PUBLIC_PARTICIPANT_FIELDS.map((f) => `participant.${f}`)],
    filters: { product_id: products.map((p) => p.id) },
  })
  const found = new Set(products.map((p) => p.id))
  const removed = productIds.filter((id) => !found.has(id))
  const documents: SearchDocument[] = []
  for (const p of products) {
    if (p.status !== "published" || (p.facility && !p.facility.is_active)) {
      removed.push(p.id)
      continue
    }
    documents.push(toDocument(p, (credits as CreditRow[]).filter((c) => c.product_id === p.id)))
  }
  return { documents, removed }
}

function toDocument(p: ProductRow, credits: CreditRow[]): SearchDocument {
  const prices = (p.variants ?? []).flatMap((v) => v.prices ?? []).filter((x) => x.currency_code === "idr").map((x) => Math.round(Number(x.amount)))
  const inStock = (p.variants ?? []).some((v) => {
    if (!v.manage_inventory || v.allow_backorder) return true
    const levels = (v.inventory_items ?? []).flatMap((i) => i.inventory?.location_levels ?? [])
    return levels.some((l) => Number(l.stocked_quantity) - Number(l.reserved_quantity) > 0)
  })
  const category = p.categories?.[0]
  const facility = p.facility ?? null
  // Only makers who consented to be named, by the name they chose; never an anonymous label, never a private field.
  const makers = credits
    .map((c) => c.participant)
    .filter((m) => m && m.status === "active")
    .map((m) => publicMakerLabel(m, facility?.short_name ?? ""))
    .filter((label) => !label.startsWith("Pembuat, "))
  const motifs = (p.motifs ?? []).filter((m) => m.status === "registered" || m.status === "applied")
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    title_en: text(p.metadata?.title_en) || p.title,
    description: p.description ?? "",
    description_en: text(p.metadata?.description_en),
    facility_handle: facility?.handle ?? null,
    facility_name: facility?.name ?? null,
    city: facility?.city ?? null,
    province: facility?.province ?? null,
    craft: category?.handle ?? null,
    craft_name: category?.name ?? null,
    programs: [], // CSR programs arrive with the campaigns plugin
    motifs: motifs.map((m) => m.title),
    motif_numbers: motifs.map((m) => m.registration_number).filter((n): n is string => !!n),
    makers: [...new Set(makers)],
    price_min: prices.length ? Math.min(...prices) : null,
    price_max: prices.length ? Math.max(...prices) : null,
    in_stock: inStock,
    thumbnail: p.thumbnail,
    created_at: Math.floor(new Date(p.created_at).getTime() / 1000),
  }
}

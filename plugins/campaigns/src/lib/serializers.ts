// What the routes return. Programs and expos carry only public, organisational facts: never a participant, a staff
// member or a ledger figure per person.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const PROGRAM_FIELDS = [
  "id",
  "handle",
  "name",
  "sponsor_company",
  "sponsor_unit",
  "start_date",
  "skills",
  "sdg_targets",
  "description_id",
  "description_en",
  "is_active",
  "facilities.id",
  "facilities.handle",
  "facilities.name",
  "facilities.short_name",
  "facilities.city",
  "facilities.province",
  "facilities.is_active",
] as const

export const EXPO_FIELDS = [
  "id",
  "handle",
  "name",
  "venue",
  "city",
  "starts_at",
  "ends_at",
  "promo_code",
  "promo_percentage",
  "sales_channel_id",
  "program_id",
  "created_at",
] as const

type FacilityRow = { id: string; handle: string; name: string; short_name: string; city: string; province: string; is_active: boolean }
export type ProgramRow = {
  id: string
  handle: string
  name: string
  sponsor_company: string
  sponsor_unit: string
  start_date: Date | string | null
  skills: string[]
  sdg_targets: string[]
  description_id: string
  description_en: string
  is_active: boolean
  facilities?: (FacilityRow | null)[]
}
export type ExpoRow = {
  id: string
  handle: string
  name: string
  venue: string
  city: string
  starts_at: Date | string
  ends_at: Date | string
  promo_code: string | null
  promo_percentage: number | null
  sales_channel_id: string | null
  program_id: string
  created_at?: Date | string
}

const dayOf = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 10) : null)

export function toProgram(p: ProgramRow) {
  const facilities = (p.facilities ?? [])
    .flatMap((f) => (f && f.is_active ? [{ id: f.id, handle: f.handle, name: f.name, short_name: f.short_name, city: f.city, province: f.province }] : []))
    .sort((a, b) => a.name.localeCompare(b.name, "id"))
  return {
    id: p.id,
    handle: p.handle,
    name: p.name,
    sponsor: { company: p.sponsor_company, unit: p.sponsor_unit },
    start_date: dayOf(p.start_date),
    skills: p.skills ?? [],
    sdg_targets: p.sdg_targets ?? [],
    description: { id: p.description_id, en: p.description_en },
    is_active: p.is_active,
    facilities,
  }
}

export function toExpo(e: ExpoRow, products?: { id: string; title: string; handle: string; thumbnail: string | null; status: string }[]) {
  return {
    id: e.id,
    handle: e.handle,
    name: e.name,
    venue: e.venue,
    city: e.city,
    starts_at: new Date(e.starts_at).toISOString(),
    ends_at: new Date(e.ends_at).toISOString(),
    promo_code: e.promo_code,
    promo_percentage: e.promo_code ? e.promo_percentage : null,
    program_id: e.program_id,
    sales_channel_id: e.sales_channel_id,
    ...(products ? { products } : {}),
  }
}

type Graph = { graph: (q: object) => Promise<{ data: unknown[] }> }
const queryOf = (scope: MedusaContainer) => scope.resolve<Graph>(ContainerRegistrationKeys.QUERY)

export async function loadPrograms(scope: MedusaContainer, filters: Record<string, unknown>) {
  const { data } = await queryOf(scope).graph({ entity: "program", fields: [...PROGRAM_FIELDS], filters })
  return (data as ProgramRow[]).map(toProgram).sort((a, b) => a.name.localeCompare(b.name, "id"))
}

export async function loadExpos(scope: MedusaContainer, filters: Record<string, unknown>) {
  const { data } = await queryOf(scope).graph({ entity: "expo", fields: [...EXPO_FIELDS], filters })
  return (data as ExpoRow[]).sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
}

export async function loadExpoWithProducts(scope: MedusaContainer, id: string) {
  const { data } = await queryOf(scope).graph({
    entity: "expo",
    fields: [...EXPO_FIELDS, "products.id", "products.title", "products.handle", "products.thumbnail", "products.status"],
    filters: { id },
  })
  const row = data[0] as (ExpoRow & { products?: ({ id: string; title: string; handle: string; thumbnail: string | null; status: string } | null)[] }) | undefined
  if (!row) return null
  const products = (row.products ?? [])
    .flatMap((p) => (p ? [{ id: p.id, title: p.title, handle: p.handle, thumbnail: p.thumbnail, status: p.status }] : []))
    .sort((a, b) => a.title.localeCompare(b.title, "id"))
  return { ...toExpo(row, products), publishable_key: row.sales_channel_id ? await expoKey(scope, row.sales_channel_id) : null }
}

/** The publishable key that reaches only the expo's sales channel (created with the expo): what a booth or QR page
 * sends as `x-publishable-api-key` to sell in the expo's channel. Publishable keys are public by design. */
async function expoKey(scope: MedusaContainer, salesChannelId: string) {
  const { data } = await queryOf(scope).graph({
    entity: "sales_channel",
    fields: ["id", "publishable_api_keys.token", "publishable_api_keys.revoked_at"],
    filters: { id: salesChannelId },
  })
  const keys = (data[0] as { publishable_api_keys?: ({ token: string; revoked_at: Date | null } | null)[] } | undefined)?.publishable_api_keys ?? []
  return keys.find((k) => k && !k.revoked_at)?.token ?? null
}

/** Throws unless every product belongs to one of the facilities (of the expo's program). */
export async function productsOutside(scope: MedusaContainer, productIds: string[], facilityIds: string[]) {
  if (!productIds.length) return []
  const { data } = await queryOf(scope).graph({ entity: "product", fields: ["id", "facility.id"], filters: { id: productIds } })
  const ok = new Set(
    (data as { id: string; facility?: { id: string } | null }[]).filter((p) => p.facility && facilityIds.includes(p.facility.id)).map((p) => p.id)
  )
  return productIds.filter((id) => !ok.has(id))
}

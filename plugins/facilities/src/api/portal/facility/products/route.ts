import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createFacilityProductWorkflow } from "../../../../workflows/create-facility-product"
import { staffOf, storeDefaults, type PortalRequest } from "../context"
import type { PortalCreateProduct, PortalListQuery } from "../validators"
import { facilityProductIds, loadPortalProduct, loadPortalProducts } from "./load"

export async function GET(req: PortalRequest, res: MedusaResponse) {
  const { q, status, archived, limit, offset } = req.validatedQuery as PortalListQuery
  const ids = await facilityProductIds(req)
  if (!ids.length) return res.json({ products: [], count: 0, limit, offset })
  const filters: Record<string, unknown> = { id: ids }
  if (q) filters.q = q
  if (status) filters.status = status
  // archived is a mark in metadata, which the product module cannot filter on: select the ids first, then page
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: candidates } = await query.graph({ entity: "product", fields: ["id", "metadata", "created_at"], filters })
  const wanted = archived === "true"
  const matching = candidates
    .filter((p) => Boolean((p.metadata as Record<string, unknown> | null)?.archived_at) === wanted)
    .sort((a, b) => new Date(b.created_at as Date).getTime() - new Date(a.created_at as Date).getTime())
    .map((p) => p.id)
  const pageIds = matching.slice(offset, offset + limit)
  const { products } = pageIds.length ? await loadPortalProducts(req, { id: pageIds }) : { products: [] }
  products.sort((a, b) => pageIds.indexOf(a.id) - pageIds.indexOf(b.id))
  res.json({ products, count: matching.length, limit, offset })
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80)

export async function POST(req: PortalRequest<PortalCreateProduct>, res: MedusaResponse) {
  const body = req.validatedBody as PortalCreateProduct
  const staff = staffOf(req)
  const defaults = await storeDefaults(req)
  const options = body.options?.length ? body.options : [{ title: "Pilihan", values: ["Standar"] }]
  const variants = body.variants.map((v, i) => ({
    title: v.title ?? (v.options ? Object.values(v.options).join(" / ") : body.variants.length > 1 ? `Varian ${i + 1}` : "Standar"),
    sku: v.sku,
    options: v.options ?? { [options[0]!.title]: options[0]!.values[Math.min(i, options[0]!.values.length - 1)]! },
    manage_inventory: true,
    prices: [{ currency_code: "idr", amount: v.price }],
  }))
  const { result } = await createFacilityProductWorkflow(req.scope).run({
    input: {
      facility_id: staff.facility_id,
      location_id: defaults.location_id,
      stock: body.variants.map((v) => v.stock),
      makers: body.makers,
      product: {
        title: body.title,
        subtitle: body.subtitle ?? undefined,
        description: body.description,
        handle: `${slug(body.title)}-${Date.now().toString(36)}`,
        status: body.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
        weight: body.weight,
        material: body.material ?? undefined,
        thumbnail: body.images[0],
        images: body.images.map((url) => ({ url })),
        options,
        variants,
        sales_channels: [{ id: defaults.sales_channel_id }],
        shipping_profile_id: defaults.shipping_profile_id,
        metadata: { title_en: body.title_en, description_en: body.description_en },
      },
    },
  })
  res.status(201).json({ product: await loadPortalProduct(req, result.id) })
}

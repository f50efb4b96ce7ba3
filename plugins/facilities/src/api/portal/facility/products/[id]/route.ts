import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateFacilityProductWorkflow } from "../../../../../workflows/update-facility-product"
import { storeDefaults, type PortalRequest } from "../../context"
import type { PortalUpdateProduct } from "../../validators"
import { loadPortalProduct } from "../load"

type Params = { params: { id: string } }

export async function GET(req: PortalRequest & Params, res: MedusaResponse) {
  res.json({ product: await loadPortalProduct(req, req.params.id) })
}

export async function POST(req: PortalRequest<PortalUpdateProduct> & Params, res: MedusaResponse) {
  const body = req.validatedBody as PortalUpdateProduct
  const current = await loadPortalProduct(req, req.params.id)
  const unknown = (body.variants ?? []).filter((v) => !current.variants.some((c) => c.id === v.id))
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `variants: ${unknown[0]!.id} is not a variant of this product`)
  }
  const { variants, title_en, description_en, images, subtitle, material, ...fields } = body
  const metadata =
    title_en !== undefined || description_en !== undefined
      ? {
          metadata: {
            title_en: title_en ?? current.title_en,
            description_en: description_en ?? current.description_en,
            ...(current.archived ? { archived_at: true } : {}),
          },
        }
      : {}
  const { location_id } = await storeDefaults(req)
  await updateFacilityProductWorkflow(req.scope).run({
    input: {
      product_id: current.id,
      location_id,
      variants: variants ?? [],
      update: {
        ...fields,
        ...(subtitle !== undefined ? { subtitle } : {}),
        ...(material !== undefined ? { material } : {}),
        ...(images ? { images: images.map((url) => ({ url })), thumbnail: images[0] ?? null } : {}),
        ...metadata,
      } as never,
    },
  })
  res.json({ product: await loadPortalProduct(req, current.id) })
}

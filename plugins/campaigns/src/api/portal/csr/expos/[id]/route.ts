import type { MedusaResponse } from "@medusajs/framework/http"
import { updateExpoWorkflow } from "../../../../../workflows/expos"
import { loadExpoWithProducts } from "../../../../../lib/serializers"
import type { PortalUpdateExpo } from "../../../../validators"
import { notFound, ownExpo, type CsrRequest } from "../../context"

/** One expo of the caller's programs, with its featured products; another program's is a 404. */
export async function GET(req: CsrRequest, res: MedusaResponse) {
  const expo = await ownExpo(req, req.params.id!)
  const full = await loadExpoWithProducts(req.scope, expo.id)
  if (!full) throw notFound("Expo", expo.id)
  res.json({ expo: full })
}

/** Changes the expo's name, venue, city, dates, handle or promo code (not its program). */
export async function POST(req: CsrRequest<PortalUpdateExpo>, res: MedusaResponse) {
  const expo = await ownExpo(req, req.params.id!)
  await updateExpoWorkflow(req.scope).run({ input: { ...(req.validatedBody as PortalUpdateExpo), id: expo.id } })
  res.json({ expo: await loadExpoWithProducts(req.scope, expo.id) })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  PUBLIC_PARTICIPANT_FIELDS,
  STORE_FACILITY_FIELDS,
  toPublicMaker,
  toStoreFacility,
  type FacilityRecord,
  type MakerRecord,
} from "../../../../lib/maker-label"

type Row = FacilityRecord & {
  participants?: (MakerRecord & { status: string })[]
  products?: { id: string; title: string; handle: string; thumbnail: string | null; status: string }[]
}

/** A facility's public page: its story, its makers as they consented to be shown, its published products. */
export async function GET(req: MedusaRequest<unknown, { handle: string }>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "facility",
    fields: [
      ...STORE_FACILITY_FIELDS,
      ...PUBLIC_PARTICIPANT_FIELDS.map((f) => `participants.${f}`),
      "products.id",
      "products.title",
      "products.handle",
      "products.thumbnail",
      "products.status",
    ],
    filters: { handle: req.params.handle, is_active: true },
  })
  const facility = data[0] as unknown as Row | undefined
  if (!facility) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Facility with handle ${req.params.handle} was not found`)
  }
  const products = (facility.products ?? [])
    .filter((p) => p?.status === "published")
    .map(({ id, title, handle, thumbnail }) => ({ id, title, handle, thumbnail }))
  const makers = (facility.participants ?? [])
    .filter((p) => p?.status === "active")
    .map((p) => toPublicMaker(p, facility))
  res.json({ facility: { ...toStoreFacility(facility, products.length), makers, products } })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_PARTICIPANT_FIELDS, toPublicMaker, type MakerRecord } from "../../../../../lib/maker-label"

type CreditRow = {
  weight: number
  participant: MakerRecord & { facility: { handle: string; short_name: string } }
}

/** The makers of a published product, as each consented to be shown, with their share weights. */
export async function GET(req: MedusaRequest<unknown, { id: string }>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "status"],
    filters: { id: req.params.id },
  })
  if (products[0]?.status !== "published") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id ${req.params.id} was not found`)
  }
  const { data } = await query.graph({
    entity: "maker_credit",
    fields: [
      "weight",
      ...PUBLIC_PARTICIPANT_FIELDS.map((f) => `participant.${f}`),
      "participant.facility.handle",
      "participant.facility.short_name",
    ],
    filters: { product_id: req.params.id },
  })
  const makers = (data as unknown as CreditRow[]).map((c) => ({
    ...toPublicMaker(c.participant, c.participant.facility),
    weight: c.weight,
  }))
  res.json({ makers })
}

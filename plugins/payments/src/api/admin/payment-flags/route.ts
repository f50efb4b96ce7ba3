import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { KARYA_PAYMENTS_MODULE } from "../../../modules/karya-payments"
import type KaryaPaymentsModuleService from "../../../modules/karya-payments/service"

/** Open payment flags of every provider, newest first, with their order's number. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: KaryaPaymentsModuleService = req.scope.resolve(KARYA_PAYMENTS_MODULE)
  const flags = await service.listOpenFlags()
  const orderIds = [...new Set(flags.map((f) => f.order_id).filter((id): id is string => Boolean(id)))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
    : { data: [] }
  const displayIds = new Map((data as { id: string; display_id: number }[]).map((o) => [o.id, o.display_id]))
  res.json({
    flags: flags.map((f) => ({ ...f, display_id: f.order_id ? (displayIds.get(f.order_id) ?? null) : null })),
    count: flags.length,
  })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FACILITIES_MODULE } from "@karya/plugin-facilities/modules/facilities"
import { REVENUE_SPLIT_MODULE } from "../../../../modules/revenue-split"
import type RevenueSplitModuleService from "../../../../modules/revenue-split/service"

type FacilitiesService = { listFacilities(f: object, c?: object): Promise<{ id: string; name: string; short_name: string }[]> }

/** Every facility with its template version, what it has earned, its balance and its makers' total. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ledger: RevenueSplitModuleService = req.scope.resolve(REVENUE_SPLIT_MODULE)
  const facilities = await (req.scope.resolve(FACILITIES_MODULE) as FacilitiesService).listFacilities({}, { order: { name: "ASC" } })
  const [balances, impact] = await Promise.all([ledger.balances({}), ledger.impactTotals()])
  const rows = await Promise.all(
    facilities.map(async (f) => {
      const own = balances.filter((b) => b.facility_id === f.id)
      return {
        id: f.id,
        name: f.name,
        short_name: f.short_name,
        template_version: (await ledger.templateInForce(f.id)).version,
        earned: own.reduce((s, b) => s + b.earned, 0),
        balance: own.reduce((s, b) => s + b.balance, 0),
        makers_total: impact.find((i) => i.facility_id === f.id)?.makers_total ?? 0,
      }
    })
  )
  res.json({ facilities: rows })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FACILITIES_MODULE } from "@karya/plugin-facilities/modules/facilities"
import { REVENUE_SPLIT_MODULE } from "../../../modules/revenue-split"
import type RevenueSplitModuleService from "../../../modules/revenue-split/service"

type FacilityRow = { id: string; handle: string; name: string; short_name: string; city: string; province: string }
type FacilitiesService = { listFacilities(f: object, c?: object): Promise<FacilityRow[]> }

/** What the store's sales have paid: to makers (premi and the royalties they hold), in royalties and in PNBP, per
 * active facility and overall. Aggregates only: never a figure per person. Per program when CSR programs exist. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ledger: RevenueSplitModuleService = req.scope.resolve(REVENUE_SPLIT_MODULE)
  const facilities = await (req.scope.resolve(FACILITIES_MODULE) as FacilitiesService).listFacilities(
    { is_active: true },
    { select: ["id", "handle", "name", "short_name", "city", "province"], order: { name: "ASC" } }
  )
  const totals = await ledger.impactTotals()
  const active = new Set(facilities.map((f) => f.id))
  const counted = totals.filter((t) => active.has(t.facility_id))
  const sum = (k: "makers_total" | "royalties_total" | "pnbp_total") => counted.reduce((s, t) => s + t[k], 0)
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({
    impact: {
      makers_total: sum("makers_total"),
      royalties_total: sum("royalties_total"),
      pnbp_total: sum("pnbp_total"),
      orders: await ledger.countAllOrders(),
      facilities: facilities.map((f) => ({
        id: f.id,
        handle: f.handle,
        name: f.name,
        short_name: f.short_name,
        city: f.city,
        province: f.province,
        makers_total: counted.find((t) => t.facility_id === f.id)?.makers_total ?? 0,
      })),
      programs: [],
    },
  })
}

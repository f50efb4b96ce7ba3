import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STORE_FACILITY_FIELDS, toStoreFacility, type FacilityRecord } from "../../../../lib/maker-label"
import { staffOf, type PortalRequest } from "../context"

export async function GET(req: PortalRequest, res: MedusaResponse) {
  const staff = staffOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "facility",
    fields: [...STORE_FACILITY_FIELDS],
    filters: { id: staff.facility_id },
  })
  res.json({
    staff: { id: staff.id, email: staff.email, name: staff.name, role: staff.role },
    facility: toStoreFacility(data[0] as unknown as FacilityRecord),
  })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadPrograms } from "../../../lib/serializers"

/** Active CSR programs with their sponsor, skills, SDG targets and (active) facilities. No participant, staff or
 * money figure: impact totals per program are not available yet (see README). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const programs = await loadPrograms(req.scope, { is_active: true })
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ programs, count: programs.length })
}

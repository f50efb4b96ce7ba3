import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadExpos, toExpo } from "../../../../lib/serializers"

/** Every expo of every program, by start. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const expos = (await loadExpos(req.scope, {})).map((e) => toExpo(e))
  res.json({ expos, count: expos.length })
}

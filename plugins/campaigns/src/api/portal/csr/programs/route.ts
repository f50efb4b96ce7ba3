import type { MedusaResponse } from "@medusajs/framework/http"
import { loadPrograms } from "../../../../lib/serializers"
import { csrOf, type CsrRequest } from "../context"

/** The caller's programs with their facilities. */
export async function GET(req: CsrRequest, res: MedusaResponse) {
  const csr = csrOf(req)
  const programs = csr.program_ids.length ? await loadPrograms(req.scope, { id: csr.program_ids }) : []
  res.json({ programs, count: programs.length })
}

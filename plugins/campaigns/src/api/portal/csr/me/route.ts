import type { MedusaResponse } from "@medusajs/framework/http"
import { loadPrograms } from "../../../../lib/serializers"
import { csrOf, type CsrRequest } from "../context"

export async function GET(req: CsrRequest, res: MedusaResponse) {
  const csr = csrOf(req)
  const programs = csr.program_ids.length ? await loadPrograms(req.scope, { id: csr.program_ids }) : []
  res.json({
    staff: { id: csr.id, email: csr.email, name: csr.name },
    programs: programs.map((p) => ({ id: p.id, handle: p.handle, name: p.name })),
  })
}

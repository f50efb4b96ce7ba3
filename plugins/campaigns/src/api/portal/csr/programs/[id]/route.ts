import type { MedusaResponse } from "@medusajs/framework/http"
import { loadExpos, loadPrograms, toExpo } from "../../../../../lib/serializers"
import { csrOf, notFound, type CsrRequest } from "../../context"

/** One of the caller's programs with its expos; another program is a 404. */
export async function GET(req: CsrRequest, res: MedusaResponse) {
  const id = req.params.id!
  if (!csrOf(req).program_ids.includes(id)) throw notFound("Program", id)
  const [program] = await loadPrograms(req.scope, { id })
  if (!program) throw notFound("Program", id)
  const expos = (await loadExpos(req.scope, { program_id: id })).map((e) => toExpo(e))
  res.json({ program: { ...program, expos } })
}

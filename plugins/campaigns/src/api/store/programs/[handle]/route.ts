import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadExpos, loadPrograms } from "../../../../lib/serializers"

/** One active program by handle, with its expos (name, venue, city, dates). */
export async function GET(req: MedusaRequest<unknown, unknown> & { params: { handle: string } }, res: MedusaResponse) {
  const [program] = await loadPrograms(req.scope, { handle: req.params.handle, is_active: true })
  if (!program) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Program with handle ${req.params.handle} was not found`)
  const expos = (await loadExpos(req.scope, { program_id: program.id })).map((e) => ({
    handle: e.handle,
    name: e.name,
    venue: e.venue,
    city: e.city,
    starts_at: new Date(e.starts_at).toISOString(),
    ends_at: new Date(e.ends_at).toISOString(),
  }))
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ program: { ...program, expos } })
}

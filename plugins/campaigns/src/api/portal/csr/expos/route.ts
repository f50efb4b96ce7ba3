import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createExpoWorkflow } from "../../../../workflows/expos"
import { loadExpos, loadExpoWithProducts, loadPrograms, productsOutside, toExpo } from "../../../../lib/serializers"
import type { PortalCreateExpo } from "../../../validators"
import { csrOf, notFound, type CsrRequest } from "../context"

/** The expos of the caller's programs. */
export async function GET(req: CsrRequest, res: MedusaResponse) {
  const csr = csrOf(req)
  const expos = csr.program_ids.length ? (await loadExpos(req.scope, { program_id: csr.program_ids })).map((e) => toExpo(e)) : []
  res.json({ expos, count: expos.length })
}

/** Creates an expo for one of the caller's programs, with its own sales channel (see workflows/expos.ts). Featured
 * products must come from the program's facilities. */
export async function POST(req: CsrRequest<PortalCreateExpo>, res: MedusaResponse) {
  const body = req.validatedBody as PortalCreateExpo
  if (!csrOf(req).program_ids.includes(body.program_id)) throw notFound("Program", body.program_id)
  const [program] = await loadPrograms(req.scope, { id: body.program_id })
  if (!program) throw notFound("Program", body.program_id)
  const outside = await productsOutside(req.scope, body.product_ids, program.facilities.map((f) => f.id))
  if (outside.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_ids: not a product of the program's facilities: ${outside.join(", ")}`)
  }
  const { result } = await createExpoWorkflow(req.scope).run({ input: body })
  res.status(201).json({ expo: await loadExpoWithProducts(req.scope, result.id) })
}

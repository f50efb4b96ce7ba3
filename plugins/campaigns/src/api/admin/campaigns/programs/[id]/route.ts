import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../../../../../modules/campaigns"
import type CampaignsModuleService from "../../../../../modules/campaigns/service"
import { updateProgramWorkflow } from "../../../../../workflows/programs"
import { loadExpos, loadPrograms, toExpo } from "../../../../../lib/serializers"
import type { AdminUpdateProgram } from "../../../../validators"

type Params = { params: { id: string } }

async function programOr404(req: AuthenticatedMedusaRequest & Params) {
  const [program] = await loadPrograms(req.scope, { id: req.params.id })
  if (!program) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Program with id ${req.params.id} was not found`)
  return program
}

export async function GET(req: AuthenticatedMedusaRequest & Params, res: MedusaResponse) {
  const program = await programOr404(req)
  const expos = (await loadExpos(req.scope, { program_id: program.id })).map((e) => toExpo(e))
  res.json({ program: { ...program, expos } })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateProgram> & Params, res: MedusaResponse) {
  await programOr404(req)
  await updateProgramWorkflow(req.scope).run({ input: { ...(req.validatedBody as AdminUpdateProgram), id: req.params.id } })
  res.json({ program: await programOr404(req) })
}

/** Deletes a program that has no expos; one with expos is deactivated instead (`is_active: false`), 409 here. */
export async function DELETE(req: AuthenticatedMedusaRequest & Params, res: MedusaResponse) {
  const program = await programOr404(req)
  const service: CampaignsModuleService = req.scope.resolve(CAMPAIGNS_MODULE)
  const expos = await service.listExpos({ program_id: program.id }, { select: ["id"] })
  if (expos.length) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "Program has expos: deactivate it (is_active: false) instead of deleting it")
  }
  await updateProgramWorkflow(req.scope).run({ input: { id: program.id, facility_ids: [] } })
  await service.deletePrograms(program.id)
  res.json({ id: program.id, object: "program", deleted: true })
}

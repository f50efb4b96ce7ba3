import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createProgramWorkflow } from "../../../../workflows/programs"
import { loadPrograms } from "../../../../lib/serializers"
import type { AdminCreateProgram } from "../../../validators"

/** Every program, active or not, with its facilities. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const programs = await loadPrograms(req.scope, {})
  res.json({ programs, count: programs.length })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateProgram>, res: MedusaResponse) {
  const { result } = await createProgramWorkflow(req.scope).run({ input: req.validatedBody as AdminCreateProgram })
  const [program] = await loadPrograms(req.scope, { id: result.id })
  res.status(201).json({ program })
}

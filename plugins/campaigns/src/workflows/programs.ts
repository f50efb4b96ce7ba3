import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProgramStep, setProgramFacilitiesStep, updateProgramStep, type ProgramFields } from "./steps/program-steps"

/** A program and the facilities it trains in. A facility that does not exist undoes the program. */
export const createProgramWorkflow = createWorkflow(
  "create-program",
  (input: ProgramFields & { facility_ids?: string[] }) => {
    const fields = transform({ input }, ({ input }) => {
      const { facility_ids: _f, ...rest } = input
      return rest
    })
    const program = createProgramStep(fields)
    const links = transform({ input, program }, ({ input, program }) => ({ program_id: program.id, facility_ids: input.facility_ids ?? [] }))
    setProgramFacilitiesStep(links)
    return new WorkflowResponse(program)
  }
)

/** Changes a program's fields and, when `facility_ids` is given, makes its facilities exactly those. */
export const updateProgramWorkflow = createWorkflow(
  "update-program",
  (input: Partial<ProgramFields> & { id: string; facility_ids?: string[] }) => {
    const fields = transform({ input }, ({ input }) => {
      const { facility_ids: _f, ...rest } = input
      return rest
    })
    const program = updateProgramStep(fields)
    when("program-facilities-given", { input }, ({ input }) => input.facility_ids !== undefined).then(() => {
      setProgramFacilitiesStep(transform({ input }, ({ input }) => ({ program_id: input.id, facility_ids: input.facility_ids ?? [] })))
    })
    return new WorkflowResponse(program)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"
import { FACILITIES_MODULE, programFacility } from "../../lib/links"

export type ProgramFields = {
  handle: string
  name: string
  sponsor_company: string
  sponsor_unit?: string
  start_date?: Date | null
  skills?: string[]
  sdg_targets?: string[]
  description_id?: string
  description_en?: string
  is_active?: boolean
}

const serviceOf = (container: { resolve: <T>(key: string) => T }) => container.resolve<CampaignsModuleService>(CAMPAIGNS_MODULE)

export const createProgramStep = createStep(
  "create-program",
  async (input: ProgramFields, { container }) => {
    const service = serviceOf(container)
    const [taken] = await service.listPrograms({ handle: input.handle }, { select: ["id"] })
    if (taken) throw new MedusaError(MedusaError.Types.CONFLICT, `handle: a program with handle ${input.handle} already exists`)
    const program = await service.createPrograms(input)
    return new StepResponse(program, program.id)
  },
  async (id, { container }) => {
    if (id) await serviceOf(container).deletePrograms(id)
  }
)

export const updateProgramStep = createStep(
  "update-program",
  async ({ id, ...fields }: Partial<ProgramFields> & { id: string }, { container }) => {
    const service = serviceOf(container)
    const before = await service.retrieveProgram(id)
    if (fields.handle && fields.handle !== before.handle) {
      const [taken] = await service.listPrograms({ handle: fields.handle }, { select: ["id"] })
      if (taken) throw new MedusaError(MedusaError.Types.CONFLICT, `handle: a program with handle ${fields.handle} already exists`)
    }
    const program = await service.updatePrograms({ id, ...fields })
    const restore = Object.fromEntries(Object.keys(fields).map((k) => [k, (before as Record<string, unknown>)[k]]))
    return new StepResponse(program, { id, restore })
  },
  async (previous, { container }) => {
    if (previous) await serviceOf(container).updatePrograms({ id: previous.id, ...previous.restore })
  }
)

/** Makes the program's facilities exactly `facility_ids` (each must exist); compensation puts the old set back. */
export const setProgramFacilitiesStep = createStep(
  "set-program-facilities",
  async ({ program_id, facility_ids }: { program_id: string; facility_ids: string[] }, { container }) => {
    const facilities = container.resolve<{ listFacilities(f: object, c?: object): Promise<{ id: string }[]> }>(FACILITIES_MODULE)
    const wanted = [...new Set(facility_ids)]
    const found = wanted.length ? await facilities.listFacilities({ id: wanted }, { select: ["id"] }) : []
    const missing = wanted.filter((id) => !found.some((f) => f.id === id))
    if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `facility_ids: no facility ${missing.join(", ")}`)
    const current = await currentFacilities(container, program_id)
    const changed = await replace(container, program_id, current, wanted)
    return new StepResponse(wanted, { program_id, before: current, changed })
  },
  async (previous, { container }) => {
    if (!previous?.changed) return
    await replace(container, previous.program_id, await currentFacilities(container, previous.program_id), previous.before)
  }
)

async function currentFacilities(container: { resolve: <T>(key: string) => T }, programId: string): Promise<string[]> {
  const query = container.resolve<{ graph: (q: object) => Promise<{ data: { facilities?: ({ id: string } | null)[] }[] }> }>(
    ContainerRegistrationKeys.QUERY
  )
  const { data } = await query.graph({ entity: "program", fields: ["id", "facilities.id"], filters: { id: programId } })
  return (data[0]?.facilities ?? []).flatMap((f) => (f ? [f.id] : []))
}

async function replace(container: { resolve: <T>(key: string) => T }, programId: string, current: string[], wanted: string[]) {
  const link = container.resolve<{ create(l: object[]): Promise<unknown>; dismiss(l: object[]): Promise<unknown> }>(
    ContainerRegistrationKeys.LINK
  )
  const add = wanted.filter((id) => !current.includes(id))
  const remove = current.filter((id) => !wanted.includes(id))
  if (remove.length) await link.dismiss(remove.map((id) => programFacility(programId, id)))
  if (add.length) await link.create(add.map((id) => programFacility(programId, id)))
  return add.length + remove.length > 0
}

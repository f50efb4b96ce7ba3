// CSR programs (with their facilities), the demo expo with its own sales channel and featured products, and the demo
// CSR login, through the campaigns plugin's workflows. Only what is missing is created.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCsrStaffWorkflow, createExpoWorkflow, createProgramWorkflow } from "@karya/plugin-campaigns/workflows"
import { expos, programs } from "./data/campaigns"
import { DEMO_CSR } from "./demo-logins"

const CAMPAIGNS_MODULE = "campaigns"

type CampaignsService = {
  listPrograms(filters: object, config?: object): Promise<{ id: string; handle: string }[]>
  listExpos(filters: object, config?: object): Promise<{ id: string; handle: string }[]>
  listCsrStaffs(filters: object, config?: object): Promise<{ id: string; email: string }[]>
}

export async function seedCampaigns(container: MedusaContainer, facilityIds: Map<string, string>) {
  const service = container.resolve<CampaignsService>(CAMPAIGNS_MODULE)
  const existing = await service.listPrograms({ handle: programs.map((p) => p.handle) })
  for (const p of programs.filter((p) => !existing.some((e) => e.handle === p.handle))) {
    await createProgramWorkflow(container).run({
      input: {
        handle: p.handle,
        name: p.name,
        sponsor_company: p.sponsor_company,
        sponsor_unit: p.sponsor_unit,
        start_date: p.start_date ? new Date(`${p.start_date}T00:00:00Z`) : null,
        skills: p.skills,
        sdg_targets: p.sdg_targets,
        description_id: p.description.id,
        description_en: p.description.en,
        is_active: true,
        facility_ids: p.facilities.map((f) => facilityIds.get(f)!),
      },
    })
  }
  const programIds = new Map(
    (await service.listPrograms({ handle: programs.map((p) => p.handle) })).map((p) => [p.handle, p.id])
  )

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const existingExpos = await service.listExpos({ handle: expos.map((e) => e.handle) })
  for (const e of expos.filter((e) => !existingExpos.some((x) => x.handle === e.handle))) {
    const { data } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: e.products } })
    await createExpoWorkflow(container).run({
      input: {
        handle: e.handle,
        name: e.name,
        venue: e.venue,
        city: e.city,
        starts_at: new Date(e.starts_at),
        ends_at: new Date(e.ends_at),
        promo_code: e.promo_code,
        promo_percentage: e.promo_percentage,
        program_id: programIds.get(e.program)!,
        product_ids: e.products.flatMap((h) => data.filter((p) => p.handle === h).map((p) => p.id as string)),
      },
    })
  }

  const [csr] = await service.listCsrStaffs({ email: DEMO_CSR.email })
  if (!csr) {
    await createCsrStaffWorkflow(container).run({
      input: {
        email: DEMO_CSR.email,
        name: DEMO_CSR.name,
        password: DEMO_CSR.password,
        program_ids: DEMO_CSR.programs.map((h) => programIds.get(h)!),
      },
    })
  }
  return programIds
}

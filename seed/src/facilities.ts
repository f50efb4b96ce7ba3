// The three demo facilities, their participants with consent as recorded, the product ↔ facility links, maker credits
// on every demo product, and a manager and a staff login per facility. Only what is missing is created.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createFacilityStaffWorkflow,
  createParticipantsWorkflow,
  setMakerCreditsWorkflow,
} from "@karya/plugin-facilities/workflows"
import { facilities, products } from "./data/catalogue"
import { makersOf } from "./data/makers"
import { DEMO_STAFF_PASSWORD, participants, staff } from "./data/participants"

const FACILITIES_MODULE = "facilities"

type FacilitiesService = {
  listFacilities(filters: object, config?: object): Promise<{ id: string; handle: string }[]>
  createFacilities(data: object[]): Promise<{ id: string; handle: string }[]>
  listParticipants(filters: object, config?: object): Promise<{ id: string; registration_number: string; facility_id: string }[]>
  listFacilityStaffs(filters: object, config?: object): Promise<{ id: string; email: string }[]>
  listMakerCredits(filters: object, config?: object): Promise<{ product_id: string }[]>
}

export async function seedFacilities(container: MedusaContainer): Promise<Map<string, string>> {
  const service = container.resolve<FacilitiesService>(FACILITIES_MODULE)
  const existing = await service.listFacilities({ handle: facilities.map((f) => f.handle) })
  const missing = facilities.filter((f) => !existing.some((e) => e.handle === f.handle))
  if (missing.length) {
    await service.createFacilities(
      missing.map((f) => ({
        handle: f.handle,
        name: f.name,
        short_name: f.shortName,
        kind: f.kind,
        class: f.class,
        city: f.city,
        province: f.province,
        story_id: f.story.id,
        story_en: f.story.en,
        cover_image: null,
        whatsapp: null,
        is_active: true,
      }))
    )
  }
  const all = await service.listFacilities({ handle: facilities.map((f) => f.handle) })
  return new Map(all.map((f) => [f.handle, f.id]))
}

export async function seedParticipants(container: MedusaContainer, facilityIds: Map<string, string>) {
  const service = container.resolve<FacilitiesService>(FACILITIES_MODULE)
  const existing = await service.listParticipants({ registration_number: participants.map((p) => p.registration_number) })
  const missing = participants.filter((p) => !existing.some((e) => e.registration_number === p.registration_number))
  if (missing.length) {
    const given = new Date("2025-01-15T08:00:00Z")
    await createParticipantsWorkflow(container).run({
      input: {
        participants: missing.map((p) => ({
          facility_id: facilityIds.get(p.facility)!,
          display_name: p.display_name,
          legal_name: p.legal_name,
          registration_number: p.registration_number,
          skills: p.skills,
          story_id: p.story?.id ?? null,
          story_en: p.story?.en ?? null,
          joined_at: new Date("2024-03-01T08:00:00Z"),
          consent_display_name: p.consent === "display_name" || p.consent === "display_name_and_story",
          consent_story: p.consent === "display_name_and_story",
          consent_given_at: p.consent === "none" ? null : given,
          consent_withdrawn_at: p.consent === "withdrawn" ? new Date("2025-06-01T08:00:00Z") : null,
          status: p.status,
          status_changed_at: p.status === "released" ? new Date("2025-09-30T08:00:00Z") : null,
        })) as never,
      },
    })
  }
  const all = await service.listParticipants({ registration_number: participants.map((p) => p.registration_number) })
  return new Map(all.map((p) => [p.registration_number, p.id]))
}

export async function seedStaff(container: MedusaContainer, facilityIds: Map<string, string>) {
  const service = container.resolve<FacilitiesService>(FACILITIES_MODULE)
  const existing = await service.listFacilityStaffs({ email: staff.map((s) => s.email) })
  for (const s of staff.filter((s) => !existing.some((e) => e.email === s.email))) {
    await createFacilityStaffWorkflow(container).run({
      input: { facility_id: facilityIds.get(s.facility)!, email: s.email, name: s.name, role: s.role, password: DEMO_STAFF_PASSWORD },
    })
  }
}

/** Links each demo product to its facility and credits its makers, where that is not done yet. */
export async function seedProductFacilities(
  container: MedusaContainer,
  facilityIds: Map<string, string>,
  participantIds: Map<string, string>
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const service = container.resolve<FacilitiesService>(FACILITIES_MODULE)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "facility.id"],
    filters: { handle: products.map((p) => p.handle) },
  })
  const byHandle = new Map(data.map((p) => [p.handle, p as { id: string; facility?: { id: string } | null }]))
  const unlinked = products.filter((p) => byHandle.has(p.handle) && !byHandle.get(p.handle)!.facility)
  if (unlinked.length) {
    await link.create(
      unlinked.map((p) => ({
        [FACILITIES_MODULE]: { facility_id: facilityIds.get(p.facility)! },
        [Modules.PRODUCT]: { product_id: byHandle.get(p.handle)!.id },
      }))
    )
  }

  const credited = new Set((await service.listMakerCredits({ product_id: data.map((p) => p.id) })).map((c) => c.product_id))
  for (const p of products) {
    const product = byHandle.get(p.handle)
    if (!product || credited.has(product.id)) continue
    await setMakerCreditsWorkflow(container).run({
      input: {
        product_id: product.id,
        facility_id: facilityIds.get(p.facility)!,
        makers: makersOf(p.handle).map((m) => ({ participant_id: participantIds.get(m.registration_number)!, weight: m.weight })),
      },
    })
  }
}

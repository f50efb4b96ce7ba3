// The Jambi facility's registered motifs, their creators among the seeded participants, and the seeded batik that
// uses them. Matched by registration number, so a second run adds nothing.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createMotifWorkflow, setProductMotifsWorkflow } from "@karya/plugin-motif-ip/workflows"
import { motifs } from "./data/motifs"

export async function seedMotifs(container: MedusaContainer, facilityIds: Map<string, string>, participantIds: Map<string, string>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "motif",
    fields: ["id", "registration_number"],
    filters: { registration_number: motifs.map((m) => m.registration_number) },
  })
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "thumbnail", "motifs.id"],
    filters: { handle: motifs.flatMap((m) => m.products) },
  })
  for (const m of motifs) {
    let id = existing.find((e) => e.registration_number === m.registration_number)?.id as string | undefined
    if (!id) {
      const { result } = await createMotifWorkflow(container).run({
        input: {
          facility_id: facilityIds.get("lapas-perempuan-jambi")!,
          motif: {
            title: m.title,
            description_id: m.description.id,
            description_en: m.description.en,
            image: products.find((p) => p.handle === m.products[0])?.thumbnail ?? null,
            status: "registered",
            application_number: m.application_number,
            registration_number: m.registration_number,
            work_type: "Seni Motif",
            first_published_at: new Date(`${m.first_published_at}T00:00:00Z`),
            first_published_place: m.first_published_place,
            holder_kind: "facility",
            royalty_bps: m.royalty_bps,
            credit_required: true,
            other_facilities_allowed: m.other_facilities_allowed,
          },
          creators: m.creators.map((c) => ({ participant_id: participantIds.get(c.key)!, share: c.share })),
        },
      })
      id = result.id
    }
    for (const handle of m.products) {
      const product = products.find((p) => p.handle === handle) as { id: string; motifs?: { id: string }[] } | undefined
      if (!product || product.motifs?.some((x) => x.id === id)) continue
      const motif_ids = [...(product.motifs ?? []).map((x) => x.id), id]
      await setProductMotifsWorkflow(container).run({ input: { product_id: product.id, motif_ids } })
      product.motifs = motif_ids.map((x) => ({ id: x }))
    }
  }
}

// For the revenue split: a product's motifs with their royalty terms and who holds the rights.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type MotifRoyaltyTerms = {
  motif_id: string
  royalty_bps: number
  holder: { kind: "facility"; facility_id: string } | { kind: "participant"; participant_id: string } | { kind: "organisation"; name: string }
  creators: { participant_id: string; share: number }[]
}

export async function getProductMotifTerms(container: MedusaContainer, productId: string): Promise<MotifRoyaltyTerms[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "motifs.id", "motifs.royalty_bps", "motifs.status", "motifs.holder_kind", "motifs.holder_participant_id",
      "motifs.holder_organisation", "motifs.facility.id", "motifs.creators.participant_id", "motifs.creators.share",
    ],
    filters: { id: productId },
  })
  type Row = {
    id: string; royalty_bps: number; status: string; holder_kind: string; holder_participant_id: string | null
    holder_organisation: string | null; facility?: { id: string } | null; creators?: { participant_id: string; share: number }[]
  }
  const motifs = ((data[0] as { motifs?: Row[] } | undefined)?.motifs ?? []).filter((m) => m.status === "registered")
  return motifs.map((m) => ({
    motif_id: m.id,
    royalty_bps: m.royalty_bps,
    holder:
      m.holder_kind === "participant"
        ? { kind: "participant", participant_id: m.holder_participant_id! }
        : m.holder_kind === "organisation"
          ? { kind: "organisation", name: m.holder_organisation ?? "" }
          : { kind: "facility", facility_id: m.facility?.id ?? "" },
    creators: (m.creators ?? []).map((c) => ({ participant_id: c.participant_id, share: c.share })),
  }))
}

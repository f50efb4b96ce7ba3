import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"

// The public motif record, as plugins/motif-ip/README.md defines it.
export type MotifProtection = {
  rule: "50_years_from_publication" | "life_plus_70_years"
  ends_at: string | null
}

export type StoreMotif = {
  id: string
  title: string
  description: { id: string; en: string }
  image: string | null
  status: "draft" | "applied" | "registered" | "expired"
  application_number: string | null
  registration_number: string | null
  work_type: string
  first_published_at: string | null
  first_published_place: string | null
  holder: { kind: "facility" | "participant" | "organisation"; label: string }
  creators: { label: string; share: number }[]
  facility: { handle: string; name: string; short_name: string } | null
  licence: { royalty_bps: number; credit_required: boolean; other_facilities_allowed: boolean }
  protection: MotifProtection
  credit_line: string
}

/** The motifs a published product uses, each with its credit line. */
export async function getProductMotifs(productId: string): Promise<StoreMotif[]> {
  const { motifs } = await getSdk().client.fetch<{ motifs: StoreMotif[] }>(
    `/store/products/${encodeURIComponent(productId)}/motifs`
  )
  return motifs
}

export const getProductMotifsQueryOptions = (productId: string) =>
  queryOptions({
    queryKey: ["products", "motifs", productId],
    queryFn: () => getProductMotifs(productId),
  })

export const useProductMotifs = (productId: string) =>
  useQuery(getProductMotifsQueryOptions(productId))

import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { errorStatus } from "../../staff/api/staff-fetch"
import { portalKeys } from "./query-keys"
import type { StoreMotif } from "./types"

/**
 * The motifs a product uses now. The portal has no read route for them, so this asks the store route, which
 * answers only for a published product (and only non-draft motifs): null when it cannot tell.
 */
export async function getPortalProductMotifs(productId: string): Promise<StoreMotif[] | null> {
  try {
    const { motifs } = await getSdk().client.fetch<{ motifs: StoreMotif[] }>(
      `/store/products/${encodeURIComponent(productId)}/motifs`,
      { headers: { "x-medusa-locale": null } }
    )
    return motifs
  } catch (error) {
    if (errorStatus(error) === 404) return null
    throw error
  }
}

export const getPortalProductMotifsQueryOptions = (productId: string) =>
  queryOptions({
    queryKey: [...portalKeys.products(), "motifs", productId] as const,
    queryFn: () => getPortalProductMotifs(productId),
    staleTime: 0,
  })

export const usePortalProductMotifs = (productId: string) =>
  useSuspenseQuery(getPortalProductMotifsQueryOptions(productId))

import { FetchError } from "@medusajs/js-sdk"
import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import type { StoreMotif } from "./get-product-motifs"

export type MotifDetail = StoreMotif & {
  /** the published products that use the motif */
  products: { id: string; title: string; handle: string; thumbnail: string | null }[]
}

/** The motif with this id, or null when there is none (or it is a draft). */
export async function getMotif(id: string): Promise<MotifDetail | null> {
  try {
    const { motif } = await getSdk().client.fetch<{ motif: MotifDetail }>(`/store/motifs/${encodeURIComponent(id)}`)
    return motif
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

export const getMotifQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["motifs", "detail", id],
    queryFn: () => getMotif(id),
    staleTime: 5 * 60 * 1000,
  })

export const useMotif = (id: string) => useSuspenseQuery(getMotifQueryOptions(id))

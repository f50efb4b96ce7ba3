import { queryOptions, useQuery, useSuspenseQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import type { StoreMotif } from "./get-product-motifs"

/** Motifs per page of the gallery. */
export const MOTIFS_PAGE_SIZE = 24

export type GetMotifsParams = {
  /** a facility handle: only the motifs designed there */
  facility?: string
  /** 1-based */
  page: number
}

export type MotifsPage = { motifs: StoreMotif[]; count: number; page: number; pageCount: number }

/** Motifs applied for, registered or expired (never drafts), as plugins/motif-ip/README.md lists them. */
export async function getMotifs({ facility, page }: GetMotifsParams): Promise<MotifsPage> {
  const query: Record<string, string> = {
    limit: String(MOTIFS_PAGE_SIZE),
    offset: String((page - 1) * MOTIFS_PAGE_SIZE),
  }
  if (facility) query.facility = facility
  const { motifs, count } = await getSdk().client.fetch<{ motifs: StoreMotif[]; count: number }>("/store/motifs", {
    query,
  })
  return { motifs, count, page, pageCount: Math.max(1, Math.ceil(count / MOTIFS_PAGE_SIZE)) }
}

export const getMotifsQueryOptions = (params: GetMotifsParams) =>
  queryOptions({
    queryKey: ["motifs", "list", params],
    queryFn: () => getMotifs(params),
    staleTime: 5 * 60 * 1000,
  })

export const useMotifs = (params: GetMotifsParams) => useSuspenseQuery(getMotifsQueryOptions(params))

/** For a section that should not hold its page up (a facility's motifs). */
export const useMotifsQuery = (params: GetMotifsParams) => useQuery(getMotifsQueryOptions(params))

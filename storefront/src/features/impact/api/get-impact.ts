import { queryOptions, useQuery, useSuspenseQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"

/** The public totals of the makers' ledger (plugins/revenue-split/README.md): aggregates only, in integer rupiah. */
export type StoreImpact = {
  /** premi plus the royalties makers hold, net of refunds */
  makers_total: number
  royalties_total: number
  pnbp_total: number
  orders: number
  facilities: {
    id: string
    handle: string
    name: string
    short_name: string
    city: string
    province: string
    makers_total: number
  }[]
  /** empty until CSR programs exist (the campaigns plugin); shown only when there are some (see utils/programs.ts) */
  programs: unknown[]
}

export async function getImpact(): Promise<StoreImpact> {
  const { impact } = await getSdk().client.fetch<{ impact: StoreImpact }>("/store/impact")
  return impact
}

export const getImpactQueryOptions = () =>
  queryOptions({
    queryKey: ["impact"],
    queryFn: getImpact,
    staleTime: 60 * 1000,
  })

export const useImpact = () => useSuspenseQuery(getImpactQueryOptions())

/** For a section that should not hold its page up (the home page's figures). */
export const useImpactQuery = () => useQuery(getImpactQueryOptions())

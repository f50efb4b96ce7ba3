// The store sells in one region: Indonesia, priced in rupiah.
import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"

export const STORE_CURRENCY = "idr"

export async function getRegion(): Promise<HttpTypes.StoreRegion> {
  const { regions } = await getSdk().store.region.list({ limit: 100 })
  const region = regions.find(
    (r) => r.currency_code?.toLowerCase() === STORE_CURRENCY
  )
  if (!region) {
    throw new Error(
      `No region with currency_code "${STORE_CURRENCY}" among ${regions.length} regions`
    )
  }
  return region
}

export const getRegionQueryOptions = () =>
  queryOptions({
    queryKey: ["regions", STORE_CURRENCY],
    queryFn: getRegion,
    staleTime: 60 * 60 * 1000, // regions change with a deploy, not during a visit
  })

export const useRegion = () => useSuspenseQuery(getRegionQueryOptions())

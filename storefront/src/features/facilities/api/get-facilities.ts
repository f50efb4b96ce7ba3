import { queryOptions, useQuery, useSuspenseQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import type { StoreFacility } from "./types"

/** The active facilities, with their stories and how many products each sells. */
export async function getFacilities(): Promise<StoreFacility[]> {
  const { facilities } = await getSdk().client.fetch<{ facilities: StoreFacility[] }>("/store/facilities")
  return facilities
}

export const getFacilitiesQueryOptions = () =>
  queryOptions({
    queryKey: ["facilities", "store-list"],
    queryFn: getFacilities,
    staleTime: 10 * 60 * 1000,
  })

export const useFacilities = () => useSuspenseQuery(getFacilitiesQueryOptions())

/** For a section that should not hold the page up (the home page's facilities). */
export const useFacilitiesQuery = () => useQuery(getFacilitiesQueryOptions())

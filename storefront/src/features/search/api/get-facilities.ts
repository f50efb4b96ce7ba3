import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"

/** What a facet list needs of a facility: its name for the handle a search hit carries. */
export type FacilityName = { handle: string; name: string; short_name: string }

export async function getFacilities(): Promise<FacilityName[]> {
  const { facilities } = await getSdk().client.fetch<{ facilities: FacilityName[] }>("/store/facilities")
  return facilities
}

export const getFacilitiesQueryOptions = () =>
  queryOptions({
    queryKey: ["facilities", "list"],
    queryFn: getFacilities,
    staleTime: 10 * 60 * 1000,
  })

/** Not suspending: the facet list shows names from the hits (or handles) until this arrives. */
export const useFacilities = () => useQuery(getFacilitiesQueryOptions())

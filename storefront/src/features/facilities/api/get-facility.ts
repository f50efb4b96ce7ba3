import { FetchError } from "@medusajs/js-sdk"
import { queryOptions, useSuspenseQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import type { FacilityDetail } from "./types"

/** The facility with this handle, its makers as they consented to be shown and its products; null when none. */
export async function getFacility(handle: string): Promise<FacilityDetail | null> {
  try {
    const { facility } = await getSdk().client.fetch<{ facility: FacilityDetail }>(
      `/store/facilities/${encodeURIComponent(handle)}`
    )
    return facility
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

export const getFacilityQueryOptions = (handle: string) =>
  queryOptions({
    queryKey: ["facilities", "detail", handle],
    queryFn: () => getFacility(handle),
    staleTime: 5 * 60 * 1000,
  })

export const useFacility = (handle: string) => useSuspenseQuery(getFacilityQueryOptions(handle))

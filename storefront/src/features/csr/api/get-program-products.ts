// The products an expo can feature: the published products of the program's facilities, read from the public
// facility pages (`GET /store/facilities/:handle`, with the storefront's publishable key). The portal has no product
// route of its own for this; the store route gives exactly id, title, handle and thumbnail, and nothing private.
import { queryOptions, useQuery } from "@tanstack/react-query"
import { getSdk } from "../../../lib/sdk"
import { csrKeys } from "./query-keys"
import type { PickableProduct, Program } from "./types"

type StoreFacility = {
  handle: string
  name: string
  products: { id: string; title: string; handle: string; thumbnail: string | null }[]
}

export async function getProgramProducts(program: Pick<Program, "facilities">): Promise<PickableProduct[]> {
  const facilities = await Promise.all(
    program.facilities.map((f) =>
      getSdk()
        .client.fetch<{ facility: StoreFacility }>(`/store/facilities/${encodeURIComponent(f.handle)}`)
        .then((r) => r.facility)
    )
  )
  const seen = new Set<string>()
  const products: PickableProduct[] = []
  for (const facility of facilities) {
    for (const p of facility.products) {
      if (seen.has(p.id)) continue
      seen.add(p.id)
      products.push({ ...p, facility: { handle: facility.handle, name: facility.name } })
    }
  }
  return products.sort((a, b) => a.title.localeCompare(b.title, "id"))
}

export const getProgramProductsQueryOptions = (program: Pick<Program, "id" | "facilities">) =>
  queryOptions({
    queryKey: csrKeys.programProducts(program.id),
    queryFn: () => getProgramProducts(program),
    staleTime: 60 * 1000,
  })

/** Not suspending: the picker shows its own loading line while the form is already usable. */
export const useProgramProducts = (program: Pick<Program, "id" | "facilities"> | undefined) =>
  useQuery({
    ...getProgramProductsQueryOptions(program ?? { id: "", facilities: [] }),
    enabled: Boolean(program),
  })

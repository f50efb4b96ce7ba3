// The featured-product picker's list: filtered by what is typed, grouped by facility.
import type { PickableProduct } from "../api/types"
import { matchesWords } from "./text"

export const filterPickable = (products: PickableProduct[], query: string) =>
  products.filter((p) => matchesWords(`${p.title} ${p.facility.name}`, query))

/** [facility name, its products] in the order the facilities first appear. */
export function groupByFacility(products: PickableProduct[]): [string, PickableProduct[]][] {
  const groups = new Map<string, PickableProduct[]>()
  for (const p of products) groups.set(p.facility.name, [...(groups.get(p.facility.name) ?? []), p])
  return [...groups]
}

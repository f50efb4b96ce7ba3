// What a facet list shows: each value with its count and a name a buyer reads.
import type { SearchFacet } from "./search-params"

export type FacetOption = { value: string; label: string; count: number; selected: boolean }

type Named = { handle: string; name: string }
type HitNames = { facility_handle: string | null; facility_name: string | null; craft: string | null; craft_name: string | null }

export type LabelFor = (facet: SearchFacet, value: string) => string

/**
 * Names for facet values: facilities and crafts by handle from their own lists (crafts in the buyer's language),
 * else from the hits on screen, else the handle itself; provinces and motifs are their own names.
 */
export function facetLabeler({
  facilities = [],
  crafts = [],
  hits = [],
}: {
  facilities?: Named[]
  crafts?: Named[]
  hits?: HitNames[]
}): LabelFor {
  const names: Partial<Record<SearchFacet, Map<string, string>>> = { facility: new Map(), craft: new Map() }
  for (const hit of hits) {
    if (hit.facility_handle && hit.facility_name) names.facility!.set(hit.facility_handle, hit.facility_name)
    if (hit.craft && hit.craft_name) names.craft!.set(hit.craft, hit.craft_name)
  }
  for (const f of facilities) names.facility!.set(f.handle, f.name)
  for (const c of crafts) names.craft!.set(c.handle, c.name)
  return (facet, value) => names[facet]?.get(value) ?? value
}

/**
 * The options of one facet: every value the server counted, plus any selected value it did not (count 0, so a
 * buyer can still untick it); most products first, then by name. A ticked value is not moved to the top, so the
 * list does not jump under the finger.
 */
export function facetOptions(
  facet: SearchFacet,
  counts: Record<string, number> | undefined,
  selected: string[],
  labelFor: LabelFor,
  locale = "id"
): FacetOption[] {
  const values = new Set([...Object.keys(counts ?? {}), ...selected])
  return [...values]
    .map((value) => ({
      value,
      label: labelFor(facet, value),
      count: counts?.[value] ?? 0,
      selected: selected.includes(value),
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale))
}

import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useCrafts } from "../api/get-crafts"
import { useFacilities } from "../api/get-facilities"
import type { SearchHit } from "../api/search-products"
import { facetLabeler, type LabelFor } from "../utils/facet-options"

/** Names for facet values in the buyer's language; see facetLabeler for where each comes from. */
export function useFacetLabels(hits: SearchHit[] | undefined): LabelFor {
  const { i18n } = useTranslation()
  const english = i18n.resolvedLanguage === "en"
  const { data: facilities } = useFacilities()
  const { data: crafts } = useCrafts()
  return useMemo(
    () =>
      facetLabeler({
        facilities,
        crafts: crafts?.map((c) => ({ handle: c.handle, name: (english && c.name_en) || c.name })),
        hits,
      }),
    [facilities, crafts, hits, english]
  )
}

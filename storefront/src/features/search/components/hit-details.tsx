import { useTranslation } from "react-i18next"
import type { SearchHit } from "../api/search-products"

/** Under a result's price: the facility that made it, and whether it can be bought now. */
export function HitDetails({ hit }: { hit: Pick<SearchHit, "facility_name" | "in_stock"> }) {
  const { t } = useTranslation()
  return (
    <>
      {hit.facility_name && <p className="search-hit__facility">{hit.facility_name}</p>}
      {!hit.in_stock && <p className="search-hit__stock">{t("search.outOfStock")}</p>}
    </>
  )
}

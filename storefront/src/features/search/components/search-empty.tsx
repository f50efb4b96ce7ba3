// No result: say so in the buyer's words, and offer ways on (fewer filters, a craft, everything).
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useCrafts } from "../api/get-crafts"
import { activeFilterCount, clearFilters } from "../utils/refine-search"
import type { StoreSearch } from "../utils/search-params"

export function SearchEmpty({ search }: { search: StoreSearch }) {
  const { t, i18n } = useTranslation()
  const { data: crafts } = useCrafts()
  const english = i18n.resolvedLanguage === "en"
  const filtered = activeFilterCount(search) > 0
  return (
    <div className="search-empty">
      <p className="search-empty__title">
        {search.q ? t("search.emptyFor", { q: search.q }) : t("search.emptyFiltered")}
      </p>
      <p>{filtered ? t("search.emptyTipFiltered") : t("search.emptyTip")}</p>
      <ul className="search-empty__actions">
        {filtered && (
          <li>
            <Link to="/cari" search={clearFilters(search)} className="button">
              {t("search.filters.clearAll")}
            </Link>
          </li>
        )}
        <li>
          <Link to="/cari" search={{}} className="button button--ghost">
            {t("search.seeAll")}
          </Link>
        </li>
      </ul>
      {crafts && crafts.length > 0 && (
        <>
          <p>{t("search.emptyCrafts")}</p>
          <ul className="search-empty__crafts">
            {crafts.map((craft) => (
              <li key={craft.handle}>
                <Link to="/cari" search={{ craft: craft.handle }} className="active-filters__chip">
                  {(english && craft.name_en) || craft.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

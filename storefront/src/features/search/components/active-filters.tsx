// The filters in use, each a link that removes it, and one that removes them all.
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import type { LabelFor } from "../utils/facet-options"
import { activeFilterCount, clearFilters, refineSearch, toggleFacet } from "../utils/refine-search"
import { facetValues, SEARCH_FACETS, type StoreSearch } from "../utils/search-params"

export function ActiveFilters({ search, labelFor }: { search: StoreSearch; labelFor: LabelFor }) {
  const { t } = useTranslation()
  if (activeFilterCount(search) === 0) return null

  const chips: { key: string; label: string; without: StoreSearch }[] = SEARCH_FACETS.flatMap((facet) =>
    facetValues(search, facet).map((value) => ({
      key: `${facet}:${value}`,
      label: labelFor(facet, value),
      without: toggleFacet(search, facet, value),
    }))
  )
  const { price_min: min, price_max: max } = search
  if (min !== undefined || max !== undefined) {
    chips.push({
      key: "price",
      label:
        min !== undefined && max !== undefined
          ? t("search.filters.priceBetween", { min: formatRupiah(min), max: formatRupiah(max) })
          : min !== undefined
            ? t("search.filters.priceFrom", { min: formatRupiah(min) })
            : t("search.filters.priceUpTo", { max: formatRupiah(max!) }),
      without: refineSearch(search, { price_min: undefined, price_max: undefined }),
    })
  }
  if (search.in_stock) {
    chips.push({
      key: "in_stock",
      label: t("search.filters.inStock"),
      without: refineSearch(search, { in_stock: undefined }),
    })
  }

  return (
    <section className="active-filters" aria-label={t("search.filters.active")}>
      <ul className="active-filters__list">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              to="/cari"
              search={chip.without}
              resetScroll={false}
              className="active-filters__chip"
              aria-label={t("search.filters.remove", { label: chip.label })}
            >
              {chip.label} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <Link to="/cari" search={clearFilters(search)} resetScroll={false} className="active-filters__clear">
          {t("search.filters.clearAll")}
        </Link>
      )}
    </section>
  )
}

import { useNavigate } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { refineSearch } from "../utils/refine-search"
import { SEARCH_SORTS, type SearchSort, type StoreSearch } from "../utils/search-params"

export function SearchSortSelect({ search }: { search: StoreSearch }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <label className="search-sort">
      <span>{t("search.sort.label")}</span>
      <select
        value={search.sort ?? "relevance"}
        onChange={(event) => {
          const sort = event.target.value as SearchSort
          void navigate({
            to: "/cari",
            search: refineSearch(search, { sort: sort === "relevance" ? undefined : sort }),
            resetScroll: false,
          })
        }}
      >
        {SEARCH_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`search.sort.${sort}`)}
          </option>
        ))}
      </select>
    </label>
  )
}

import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { withPage } from "../utils/refine-search"
import type { StoreSearch } from "../utils/search-params"

export function SearchPagination({
  search,
  page,
  pageCount,
}: {
  search: StoreSearch
  page: number
  pageCount: number
}) {
  const { t } = useTranslation()
  if (pageCount <= 1) return null
  return (
    <nav className="pagination" aria-label={t("search.pagination")}>
      {page > 1 ? (
        <Link to="/cari" search={withPage(search, page - 1)} className="button button--ghost" rel="prev">
          {t("products.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__status" aria-current="page">
        {t("products.pageOf", { page, pages: pageCount })}
      </span>
      {page < pageCount ? (
        <Link to="/cari" search={withPage(search, page + 1)} className="button button--ghost" rel="next">
          {t("products.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

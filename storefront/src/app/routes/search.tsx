// /cari: product search with facets, loaded on first visit so the catalogue's bundle does not carry it. Composes the
// search feature with the catalogue's product card.
import "../../features/search/i18n"
import "../../features/search/search.css"
import { createLazyRoute, Link } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../components/errors/error-state"
import { Loading } from "../../components/ui/loading"
import { ProductCard } from "../../features/products/components/product-card"
import {
  isRefusedSearch,
  SEARCH_PAGE_SIZE,
  useSearchProducts,
  type SearchResult,
} from "../../features/search/api/search-products"
import { ActiveFilters } from "../../features/search/components/active-filters"
import { HitDetails } from "../../features/search/components/hit-details"
import { HitPrice } from "../../features/search/components/hit-price"
import { SearchEmpty } from "../../features/search/components/search-empty"
import { SearchFilters } from "../../features/search/components/search-filters"
import { SearchPagination } from "../../features/search/components/search-pagination"
import { SearchSortSelect } from "../../features/search/components/search-sort"
import { useFacetLabels } from "../../features/search/hooks/use-facet-labels"
import type { StoreSearch } from "../../features/search/utils/search-params"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/cari")({
  component: SearchRoute,
})

/** The server's page limit (plugins/search/README.md). */
const MAX_PAGE = 1000
// Cards above the fold on a wide screen load eagerly; the rest lazily.
const EAGER_CARDS = 4

/** A heading quotes at most this much of the query. */
const QUOTED_LENGTH = 80

function SearchShell({ q, children }: { q: string | undefined; children: ReactNode }) {
  const { t } = useTranslation()
  const quoted = q && q.length > QUOTED_LENGTH ? `${q.slice(0, QUOTED_LENGTH)}…` : q
  useDocumentTitle(quoted ? t("search.titleFor", { q: quoted }) : t("search.title"))
  return (
    <div className="container search-page">
      <h1 className="search-page__title">
        {quoted ? t("search.headingFor", { q: quoted }) : t("search.headingAll")}
      </h1>
      {children}
    </div>
  )
}

function SearchRoute() {
  const { t } = useTranslation()
  const search = Route.useSearch()
  const query = useSearchProducts(search)

  if (query.isError) {
    return (
      <SearchShell q={search.q}>
        {isRefusedSearch(query.error) ? (
          <ErrorState
            title={t("search.refusedTitle")}
            body={t("search.refusedBody", { message: query.error.message.replace(/^Invalid request:\s*/, "") })}
          >
            <Link to="/cari" search={{}} className="button">
              {t("search.refusedReset")}
            </Link>
          </ErrorState>
        ) : (
          <ErrorState body={t("search.errorBody")} onRetry={() => void query.refetch()} />
        )}
      </SearchShell>
    )
  }
  if (!query.data) {
    return (
      <SearchShell q={search.q}>
        <Loading label={t("search.loading")} />
      </SearchShell>
    )
  }
  return (
    <SearchShell q={search.q}>
      <SearchResults search={search} result={query.data} updating={query.isPlaceholderData} />
    </SearchShell>
  )
}

function SearchResults({
  search,
  result,
  updating,
}: {
  search: StoreSearch
  result: SearchResult
  updating: boolean
}) {
  const { t } = useTranslation()
  const labelFor = useFacetLabels(result.hits)
  const page = search.page ?? 1
  const pageCount = Math.min(MAX_PAGE, Math.ceil(result.total / SEARCH_PAGE_SIZE))

  return (
    <>
      <div className="search-page__bar">
        <p className="search-page__count">
          <span role="status" data-testid="search-count">
            {t("search.count", { count: result.total })}
          </span>
          {updating && <span className="search-page__updating">{t("search.updating")}</span>}
        </p>
        <SearchSortSelect search={search} />
      </div>
      <div className="search-layout">
        <SearchFilters search={search} facets={result.facets} total={result.total} labelFor={labelFor} />
        <section
          className={updating ? "search-results search-results--updating" : "search-results"}
          aria-label={t("search.results")}
          aria-busy={updating}
        >
          <ActiveFilters search={search} labelFor={labelFor} />
          {result.total === 0 ? (
            <SearchEmpty search={search} />
          ) : result.hits.length === 0 ? (
            // A page past the end, e.g. an old link after products were removed.
            <p className="empty-state">
              {t("products.pageEmpty")}{" "}
              <Link to="/cari" search={{ ...search, page: undefined }}>
                {t("products.firstPage")}
              </Link>
            </p>
          ) : (
            <ul className="product-grid">
              {result.hits.map((hit, index) => (
                <li key={hit.id}>
                  <ProductCard
                    product={hit}
                    price={<HitPrice hit={hit} />}
                    details={<HitDetails hit={hit} />}
                    eager={index < EAGER_CARDS}
                  />
                </li>
              ))}
            </ul>
          )}
          <SearchPagination search={search} page={page} pageCount={pageCount} />
        </section>
      </div>
    </>
  )
}

// /lapas/$handle: a facility's story, its makers as each consented to be shown, the crafts and motifs made there,
// and its products (from search, page by page).
import "../../features/facilities/i18n"
import "../../features/facilities/facilities.css"
import "../../features/products/products.css"
import { createLazyRoute, Link, type ErrorComponentProps } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../components/errors/error-state"
import { Loading } from "../../components/ui/loading"
import { useFacility } from "../../features/facilities/api/get-facility"
import type { FacilityDetail } from "../../features/facilities/api/types"
import { FacilityHeader } from "../../features/facilities/components/facility-header"
import { FacilityMakers } from "../../features/facilities/components/facility-makers"
import { localized } from "../../features/facilities/utils/public-makers"
import { useMotifsQuery } from "../../features/motifs/api/get-motifs"
import { ProductCard } from "../../features/products/components/product-card"
import { useCrafts } from "../../features/search/api/get-crafts"
import { SEARCH_PAGE_SIZE, useSearchProducts } from "../../features/search/api/search-products"
import { HitPrice } from "../../features/search/components/hit-price"
import { useDocumentTitle } from "../../hooks/use-document-title"
import { RouteErrorState } from "./page-error"

export const Route = createLazyRoute("/lapas/$handle")({
  component: FacilityRoute,
  pendingComponent: FacilityPending,
  errorComponent: FacilityError,
  notFoundComponent: FacilityNotFound,
})

function BackLink() {
  const { t } = useTranslation()
  return (
    <Link to="/lapas" className="back-link">
      <span aria-hidden="true">←</span> {t("facility.back")}
    </Link>
  )
}

function FacilityRoute() {
  const { handle } = Route.useParams()
  const { t, i18n } = useTranslation()
  const { data: facility } = useFacility(handle)
  const language = i18n.resolvedLanguage === "en" ? "en" : "id"
  useDocumentTitle(
    facility?.name,
    facility
      ? `${t("facility.titleDescription", { name: facility.name, city: facility.city, province: facility.province })} ${
          localized(facility.story, language) ?? ""
        }`
      : undefined
  )
  // The loader throws notFound() first; this only guards a refetch that finds the facility gone.
  if (!facility) return <FacilityNotFound />
  return (
    <div className="container facility-page">
      <BackLink />
      <FacilityHeader facility={facility} />
      <FacilityMakers makers={facility.makers} shortName={facility.short_name} />
      <FacilityProducts facility={facility} />
      <FacilityMotifs handle={facility.handle} />
    </div>
  )
}

function FacilityProducts({ facility }: { facility: FacilityDetail }) {
  const { t, i18n } = useTranslation()
  const { page } = Route.useSearch()
  const query = useSearchProducts({ facility: facility.handle, page })
  const { data: crafts } = useCrafts()
  const english = i18n.resolvedLanguage === "en"
  const craftName = (handle: string) => {
    const craft = crafts?.find((c) => c.handle === handle)
    const hit = query.data?.hits.find((h) => h.craft === handle)
    return (english && craft?.name_en) || craft?.name || hit?.craft_name || handle
  }
  const craftCounts = Object.entries(query.data?.facets.craft ?? {}).sort((a, b) => b[1] - a[1])
  const pageNumber = page ?? 1
  const pageCount = query.data ? Math.max(1, Math.ceil(query.data.total / SEARCH_PAGE_SIZE)) : 1

  return (
    <section className="facility-products" aria-labelledby="facility-products-heading">
      <h2 id="facility-products-heading" className="section-title">
        {t("facility.productsHeading", { name: facility.short_name })}
      </h2>
      {craftCounts.length > 0 && (
        <nav className="facility-crafts" aria-label={t("facility.craftsHeading")}>
          <ul className="craft-links">
            {craftCounts.map(([craft, count]) => (
              <li key={craft}>
                <Link to="/cari" search={{ facility: facility.handle, craft }} className="craft-link">
                  {craftName(craft)} <span className="craft-link__count">({count})</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {query.isError ? (
        <ErrorState body={t("facility.productsError")} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Loading label={t("facility.productsLoading")} />
      ) : query.data.total === 0 ? (
        <p className="empty-state">{t("facility.productsEmpty")}</p>
      ) : (
        <>
          <ul className={query.isPlaceholderData ? "product-grid product-grid--updating" : "product-grid"} aria-busy={query.isPlaceholderData}>
            {query.data.hits.map((hit) => (
              <li key={hit.id}>
                <ProductCard product={hit} price={<HitPrice hit={hit} />} />
              </li>
            ))}
          </ul>
          {pageCount > 1 && (
            <nav className="pagination" aria-label={t("facility.productsPagination")}>
              {pageNumber > 1 ? (
                <Link
                  to="/lapas/$handle"
                  params={{ handle: facility.handle }}
                  search={{ page: pageNumber - 1 > 1 ? pageNumber - 1 : undefined }}
                  resetScroll={false}
                  className="button button--ghost"
                  rel="prev"
                >
                  {t("products.previous")}
                </Link>
              ) : (
                <span />
              )}
              <span className="pagination__status" aria-current="page">
                {t("products.pageOf", { page: pageNumber, pages: pageCount })}
              </span>
              {pageNumber < pageCount ? (
                <Link
                  to="/lapas/$handle"
                  params={{ handle: facility.handle }}
                  search={{ page: pageNumber + 1 }}
                  resetScroll={false}
                  className="button button--ghost"
                  rel="next"
                >
                  {t("products.next")}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
          <p className="facility-products__refine">
            <Link to="/cari" search={{ facility: facility.handle }}>
              {t("facility.refine")}
            </Link>
          </p>
        </>
      )}
    </section>
  )
}

/** The motifs designed at the facility, linked to the gallery; nothing when it has none (or they fail to load). */
function FacilityMotifs({ handle }: { handle: string }) {
  const { t } = useTranslation()
  const { data } = useMotifsQuery({ facility: handle, page: 1 })
  if (!data || data.motifs.length === 0) return null
  return (
    <section className="facility-motifs" aria-labelledby="facility-motifs-heading">
      <h2 id="facility-motifs-heading" className="section-title">
        {t("facility.motifsHeading")}
      </h2>
      <ul className="facility-motifs__list">
        {data.motifs.map((motif) => (
          <li key={motif.id}>
            <Link to="/motif/$id" params={{ id: motif.id }} className="facility-motif">
              {motif.image ? (
                <img src={motif.image} alt="" width={56} height={56} loading="lazy" decoding="async" sizes="56px" />
              ) : (
                <span className="facility-motif__blank" aria-hidden="true" />
              )}
              <span>{motif.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

function FacilityPending() {
  const { t } = useTranslation()
  return (
    <div className="container facility-page">
      <BackLink />
      <Loading label={t("facility.loading")} />
    </div>
  )
}

function FacilityError({ error }: ErrorComponentProps) {
  const { t } = useTranslation()
  return (
    <div className="container facility-page">
      <BackLink />
      <RouteErrorState error={error} title={t("facility.listTitle")} body={t("facility.errorBody")} />
    </div>
  )
}

function FacilityNotFound() {
  const { t } = useTranslation()
  useDocumentTitle(t("facility.notFoundTitle"), t("facility.notFoundBody"))
  return (
    <div className="container status-page">
      <h1>{t("facility.notFoundTitle")}</h1>
      <p>{t("facility.notFoundBody")}</p>
      <Link to="/lapas" className="button">
        {t("facility.back")}
      </Link>
    </div>
  )
}

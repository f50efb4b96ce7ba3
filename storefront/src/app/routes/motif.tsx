// /motif/$id: a motif's story, its DJKI record, how to credit it, and the products for sale that use it.
import "../../features/motifs/i18n"
import "../../features/motifs/motifs.css"
import { createLazyRoute, Link, type ErrorComponentProps } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../components/errors/error-state"
import { Loading } from "../../components/ui/loading"
import { useMotif, type MotifDetail } from "../../features/motifs/api/get-motif"
import { MotifDetails } from "../../features/motifs/components/motif-details"
import { motifStory } from "../../features/motifs/utils/motif-text"
import { ProductCard } from "../../features/products/components/product-card"
import { useSearchProducts } from "../../features/search/api/search-products"
import { HitPrice } from "../../features/search/components/hit-price"
import { useDocumentTitle } from "../../hooks/use-document-title"
import { RouteErrorState } from "./page-error"

export const Route = createLazyRoute("/motif/$id")({
  component: MotifRoute,
  pendingComponent: MotifPending,
  errorComponent: MotifError,
  notFoundComponent: MotifNotFound,
})

function BackLink() {
  const { t } = useTranslation()
  return (
    <Link to="/motif" className="back-link">
      <span aria-hidden="true">←</span> {t("motifs.back")}
    </Link>
  )
}

function MotifRoute() {
  const { id } = Route.useParams()
  const { t, i18n } = useTranslation()
  const { data: motif } = useMotif(id)
  const story = motif ? motifStory(motif, i18n.resolvedLanguage === "en" ? "en" : "id") : null
  useDocumentTitle(
    motif?.title,
    motif ? `${t("motifs.titleDescription", { title: motif.title })} ${story ?? ""}` : undefined
  )
  // The loader throws notFound() first; this only guards a refetch that finds the motif gone.
  if (!motif) return <MotifNotFound />
  return (
    <div className="container motif-page">
      <BackLink />
      <MotifDetails motif={motif} />
      <MotifProducts motif={motif} />
    </div>
  )
}

/**
 * The products for sale that use the motif, priced, from search (the motif facet is its title). The motif's own
 * product list stands in (unpriced) if search fails.
 */
function MotifProducts({ motif }: { motif: MotifDetail }) {
  const { t } = useTranslation()
  const query = useSearchProducts({ motif: motif.title })
  const hits = query.data?.hits
  if (!hits && motif.products.length === 0) return null
  return (
    <section className="motif-products" aria-labelledby="motif-products-heading">
      <h2 id="motif-products-heading" className="section-title">
        {t("motifs.productsHeading")}
      </h2>
      {hits ? (
        hits.length === 0 ? (
          <p className="empty-state">{t("motifs.productsEmpty")}</p>
        ) : (
          <ul className="product-grid">
            {hits.map((hit) => (
              <li key={hit.id}>
                <ProductCard product={hit} price={<HitPrice hit={hit} />} />
              </li>
            ))}
          </ul>
        )
      ) : query.isError ? (
        <>
          <ul className="product-grid">
            {motif.products.map((product) => (
              <li key={product.id}>
                <ProductCard product={product} price={null} />
              </li>
            ))}
          </ul>
          <ErrorState body={t("motifs.productsError")} onRetry={() => void query.refetch()} />
        </>
      ) : (
        <Loading label={t("motifs.productsLoading")} />
      )}
      {query.data && query.data.total > query.data.hits.length && (
        <p className="motif-products__more">
          <Link to="/cari" search={{ motif: motif.title }}>
            {t("motifs.productsAll")}
          </Link>
        </p>
      )}
    </section>
  )
}

function MotifPending() {
  const { t } = useTranslation()
  return (
    <div className="container motif-page">
      <BackLink />
      <Loading label={t("motifs.loading")} />
    </div>
  )
}

function MotifError({ error }: ErrorComponentProps) {
  const { t } = useTranslation()
  return (
    <div className="container motif-page">
      <BackLink />
      <RouteErrorState error={error} title={t("motifs.listTitle")} body={t("motifs.errorBody")} />
    </div>
  )
}

function MotifNotFound() {
  const { t } = useTranslation()
  useDocumentTitle(t("motifs.notFoundTitle"), t("motifs.notFoundBody"))
  return (
    <div className="container status-page">
      <h1>{t("motifs.notFoundTitle")}</h1>
      <p>{t("motifs.notFoundBody")}</p>
      <Link to="/motif" className="button">
        {t("motifs.back")}
      </Link>
    </div>
  )
}

// The home page: what Karya Lapas is, a handful of products (photos first), then — loaded after the first paint —
// the facilities, the crafts to browse by and the makers' figures.
import "../../features/home/home.css"
import "../../features/products/products.css"
import { Link } from "@tanstack/react-router"
import type { ErrorComponentProps } from "@tanstack/react-router"
import { lazy, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { KawungMark } from "../../components/layout/logo"
import { RouteError } from "../../components/errors/route-error"
import { Loading } from "../../components/ui/loading"
import { OptionalSection } from "../../features/home/components/optional-section"
import { ProductCard } from "../../features/products/components/product-card"
import { FEATURED_COUNT, FEATURED_SEARCH, pickFeatured } from "../../features/products/utils/featured"
import { useSearchProducts } from "../../features/search/api/search-products"
import { HitPrice } from "../../features/search/components/hit-price"
import { useDocumentTitle } from "../../hooks/use-document-title"

// Below the fold: its code (facility cards, figures, their strings) loads after the page is interactive.
const HomeMore = lazy(() => import("./home-more"))

// Cards in the first row on a wide screen load at once; the rest lazily.
const EAGER_CARDS = 4

function Hero() {
  const { t } = useTranslation()
  return (
    <section className="hero" aria-labelledby="hero-title">
      <div className="hero__inner container">
        <KawungMark size={56} />
        <h1 id="hero-title" className="hero__title">
          {t("home.heroTitle")}
        </h1>
        <p className="hero__lead">{t("home.heroLead")}</p>
        <div className="hero__actions">
          <Link to="/cari" className="button">
            {t("home.heroCta")}
          </Link>
          <Link to="/lapas" className="button button--ghost">
            {t("home.heroFacilities")}
          </Link>
        </div>
      </div>
    </section>
  )
}

function HomeShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  useDocumentTitle(t("home.title"), t("home.metaDescription"))
  return (
    <>
      <Hero />
      <section id="catalogue" className="catalogue container" aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading" className="section-title">
          {t("home.catalogueTitle")}
        </h2>
        {children}
      </section>
    </>
  )
}

function FeaturedProducts() {
  const { t } = useTranslation()
  // the newest products, from the search index (a read model of what a card shows): Medusa's own product list walks
  // every product of the sales channel and took seconds on a catalogue of 10,000 (README.md, "Performance")
  const { data } = useSearchProducts(FEATURED_SEARCH)
  if (!data) return <Loading />
  const products = pickFeatured(data.hits, FEATURED_COUNT)
  if (products.length === 0) {
    return <p className="empty-state">{t("products.empty")}</p>
  }
  return (
    <>
      <p className="catalogue__count">{t("home.catalogueLead")}</p>
      <ul className="product-grid">
        {products.map((hit, index) => (
          <li key={hit.id}>
            <ProductCard product={hit} price={<HitPrice hit={hit} />} eager={index < EAGER_CARDS} />
          </li>
        ))}
      </ul>
      <p className="catalogue__more">
        <Link to="/cari" className="button button--ghost">
          {t("home.seeAll", { count: data.total })}
        </Link>
      </p>
    </>
  )
}

export function HomeRoute() {
  return (
    <>
      <HomeShell>
        <FeaturedProducts />
      </HomeShell>
      <OptionalSection>
        <HomeMore />
      </OptionalSection>
    </>
  )
}

export function HomePending() {
  const { t } = useTranslation()
  return (
    <HomeShell>
      <Loading label={t("products.loading")} />
    </HomeShell>
  )
}

export function HomeError(props: ErrorComponentProps) {
  return (
    <HomeShell>
      <RouteError {...props} />
    </HomeShell>
  )
}

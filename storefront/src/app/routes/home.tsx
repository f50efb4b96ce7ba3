import { getRouteApi } from "@tanstack/react-router"
import type { ErrorComponentProps } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { KawungMark } from "../../components/layout/logo"
import { RouteError } from "../../components/errors/route-error"
import { Loading } from "../../components/ui/loading"
import { ProductGrid } from "../../features/products/components/product-grid"
import { useRegion } from "../../features/regions/api/get-region"
import { useDocumentTitle } from "../../hooks/use-document-title"

const route = getRouteApi("/")

function Hero() {
  const { t } = useTranslation()
  return (
    <section className="hero">
      <div className="hero__inner container">
        <KawungMark size={56} />
        <h1 className="hero__title">{t("home.heroTitle")}</h1>
        <p className="hero__lead">{t("home.heroLead")}</p>
        <a className="button" href="#catalogue">
          {t("home.heroCta")}
        </a>
      </div>
    </section>
  )
}

function HomeShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  useDocumentTitle(t("home.title"))
  return (
    <>
      <Hero />
      <section
        id="catalogue"
        className="catalogue container"
        aria-labelledby="catalogue-heading"
      >
        <h2 id="catalogue-heading" className="section-title">
          {t("home.catalogueTitle")}
        </h2>
        {children}
      </section>
    </>
  )
}

export function HomeRoute() {
  const { page } = route.useSearch()
  const { data: region } = useRegion()
  return (
    <HomeShell>
      <ProductGrid regionId={region.id} page={page ?? 1} />
    </HomeShell>
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

import { createLazyRoute, Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { PortalError } from "../../../features/portal/components/portal-error"
import { ProductFilters, ProductList } from "../../../features/portal/components/product-list"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { PortalPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/staff/produk")({
  component: ProductsRoute,
  errorComponent: PortalError,
})

function ProductsRoute() {
  const { t } = useTranslation()
  usePortalTitle(t("portal.products.title"))
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const params = { q: search.q, status: search.status, page: search.page ?? 1 }
  return (
    <>
      <PortalPageHeader
        title={t("portal.products.title")}
        action={
          <Link to="/portal/produk/baru" className="button">
            {t("portal.products.new")}
          </Link>
        }
      />
      <ProductFilters
        key={`${search.q ?? ""}|${search.status ?? ""}`}
        params={params}
        onSearch={(next) => void navigate({ search: { ...next, page: undefined } })}
      />
      <ProductList
        params={params}
        pageLink={(page, label, rel) => (
          <Link
            to="/portal/produk"
            search={{ ...search, page: page > 1 ? page : undefined }}
            className="button button--ghost"
            rel={rel}
          >
            {label}
          </Link>
        )}
      />
    </>
  )
}

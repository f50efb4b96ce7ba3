import { createLazyRoute, Link, useNavigate } from "@tanstack/react-router"
import { useSuspenseQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { getActiveMakersQueryOptions } from "../../../features/portal/api/get-participants"
import { PortalError } from "../../../features/portal/components/portal-error"
import { ProductForm } from "../../../features/portal/components/product-form"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { PortalPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/staff/produk/baru")({
  component: NewProductRoute,
  errorComponent: PortalError,
})

export function BackToProducts() {
  const { t } = useTranslation()
  return (
    <Link to="/portal/produk" className="back-link">
      <span aria-hidden="true">←</span> {t("portal.product.back")}
    </Link>
  )
}

function NewProductRoute() {
  const { t } = useTranslation()
  usePortalTitle(t("portal.product.newTitle"))
  const navigate = useNavigate()
  const { data: makers } = useSuspenseQuery(getActiveMakersQueryOptions())
  return (
    <>
      <PortalPageHeader title={t("portal.product.newTitle")} back={<BackToProducts />} />
      <ProductForm
        participants={makers.participants}
        onCreated={(product) => void navigate({ to: "/portal/produk/$id", params: { id: product.id } })}
      />
    </>
  )
}

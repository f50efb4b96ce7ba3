import { createLazyRoute } from "@tanstack/react-router"
import { useSuspenseQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { getActiveMakersQueryOptions } from "../../../features/portal/api/get-participants"
import { usePortalProduct } from "../../../features/portal/api/get-product"
import { PortalError } from "../../../features/portal/components/portal-error"
import { ProductMotifs } from "../../../features/portal/components/product-motifs"
import { ProductForm } from "../../../features/portal/components/product-form"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { PortalPageHeader } from "./page-header"
import { BackToProducts } from "./product-new"

export const Route = createLazyRoute("/portal/staff/produk/$id")({
  component: EditProductRoute,
  errorComponent: PortalError,
})

function EditProductRoute() {
  const { t } = useTranslation()
  const { id } = Route.useParams()
  const { data: product } = usePortalProduct(id)
  const { data: makers } = useSuspenseQuery(getActiveMakersQueryOptions())
  usePortalTitle(product.title)
  return (
    <>
      <PortalPageHeader title={product.title || t("portal.product.editTitle")} back={<BackToProducts />} />
      <ProductForm product={product} participants={makers.participants} />
      <ProductMotifs key={product.id} productId={product.id} />
    </>
  )
}

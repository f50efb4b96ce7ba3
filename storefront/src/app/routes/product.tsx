import { getRouteApi, Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { ProductImpact } from "../../features/impact/components/product-impact"
import { ProductMakers } from "../../features/makers/components/product-makers"
import { MotifCredit } from "../../features/motifs/components/motif-credit"
import { ProductDetails } from "../../features/products/components/product-details"
import { useProduct } from "../../features/products/api/get-product"
import { useRegion } from "../../features/regions/api/get-region"
import { useDocumentTitle } from "../../hooks/use-document-title"

const route = getRouteApi("/products/$handle")

function BackLink() {
  const { t } = useTranslation()
  return (
    <Link to="/" className="back-link">
      <span aria-hidden="true">←</span> {t("product.back")}
    </Link>
  )
}

export function ProductRoute() {
  const { handle } = route.useParams()
  const { data: region } = useRegion()
  const { data: product } = useProduct({ handle, regionId: region.id })
  useDocumentTitle(product?.title)

  // The loader throws notFound() first; this only guards a refetch that finds the product gone.
  if (!product) return <ProductNotFound />

  return (
    <div className="container product-page">
      <BackLink />
      <ProductDetails
        product={product}
        afterDescription={
          <>
            <ProductImpact productId={product.id} />
            <ProductMakers productId={product.id} />
            <MotifCredit productId={product.id} />
          </>
        }
      />
    </div>
  )
}

export function ProductNotFound() {
  const { t } = useTranslation()
  useDocumentTitle(t("product.notFoundTitle"))
  return (
    <div className="container status-page">
      <h1>{t("product.notFoundTitle")}</h1>
      <p>{t("product.notFoundBody")}</p>
      <BackLink />
    </div>
  )
}

// The product page: photos, price, description in the buyer's language, the facility, the makers' share, the
// makers, the motif credits, and — loaded after the page is interactive — related products.
import "../../features/products/products.css"
import { getRouteApi, Link } from "@tanstack/react-router"
import { lazy } from "react"
import { useTranslation } from "react-i18next"
import { OptionalSection } from "../../features/home/components/optional-section"
import { ProductImpact } from "../../features/impact/components/product-impact"
import { ProductMakers } from "../../features/makers/components/product-makers"
import { MotifCredit } from "../../features/motifs/components/motif-credit"
import { ProductDetails } from "../../features/products/components/product-details"
import {
  productCraft,
  productFacilityHandle,
  useProduct,
  type ProductDetail,
} from "../../features/products/api/get-product"
import { productTexts } from "../../features/products/utils/product-texts"
import { useRegion } from "../../features/regions/api/get-region"
import { useDocumentTitle } from "../../hooks/use-document-title"

const route = getRouteApi("/products/$handle")

const RelatedProducts = lazy(() => import("./product-related"))

/** "Katalog › Batik Tulis": back to all products, or to the product's craft. */
function Breadcrumbs({ product }: { product: ProductDetail }) {
  const { t, i18n } = useTranslation()
  const craft = product.categories?.find((c) => c?.handle)
  const craftName =
    (i18n.resolvedLanguage === "en" && typeof craft?.metadata?.name_en === "string" && craft.metadata.name_en) ||
    craft?.name
  return (
    <nav className="breadcrumbs" aria-label={t("product.breadcrumbs")}>
      <ol>
        <li>
          <Link to="/cari">{t("product.catalogue")}</Link>
        </li>
        {craft && craftName && (
          <li>
            <Link to="/cari" search={{ craft: craft.handle }}>
              {craftName}
            </Link>
          </li>
        )}
      </ol>
    </nav>
  )
}

export function ProductRoute() {
  const { handle } = route.useParams()
  const { i18n } = useTranslation()
  const { data: region } = useRegion()
  const { data: product } = useProduct({ handle, regionId: region.id })
  const texts = product ? productTexts(product, i18n.resolvedLanguage === "en" ? "en" : "id") : null
  useDocumentTitle(texts?.title, texts?.description ?? texts?.subtitle ?? undefined)

  // The loader throws notFound() first; this only guards a refetch that finds the product gone.
  if (!product) return <ProductNotFound />

  return (
    <div className="container product-page">
      <Breadcrumbs product={product} />
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
      <OptionalSection>
        <RelatedProducts
          productId={product.id}
          craft={productCraft(product)}
          facility={productFacilityHandle(product)}
        />
      </OptionalSection>
    </div>
  )
}

export function ProductNotFound() {
  const { t } = useTranslation()
  useDocumentTitle(t("product.notFoundTitle"), t("product.notFoundBody"))
  return (
    <div className="container status-page">
      <h1>{t("product.notFoundTitle")}</h1>
      <p>{t("product.notFoundBody")}</p>
      <div className="status-page__actions">
        <Link to="/cari" className="button">
          {t("product.browse")}
        </Link>
        <Link to="/" className="button button--ghost">
          {t("notFound.home")}
        </Link>
      </div>
    </div>
  )
}

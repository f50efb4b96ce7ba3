import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { ProductPurchase } from "../../cart/components/product-purchase"
import type { ProductDetail } from "../api/get-product"
import { galleryImages } from "../utils/gallery"
import { productTexts } from "../utils/product-texts"
import { ProductFacilityLine } from "./product-facility"
import { ProductGallery } from "./product-gallery"
import { ProductPrice } from "./product-price"

export function ProductDetails({
  product,
  afterDescription,
}: {
  product: ProductDetail
  /** sections the page composes from other features (makers, motif credits), shown below the description */
  afterDescription?: ReactNode
}) {
  const { t, i18n } = useTranslation()
  const texts = productTexts(product, i18n.resolvedLanguage === "en" ? "en" : "id")

  return (
    <article className="product-details">
      <div className="product-details__media">
        <ProductGallery key={product.id} images={galleryImages(product)} title={texts.title} />
      </div>
      <div className="product-details__info">
        <h1 className="product-details__title">{texts.title}</h1>
        {texts.subtitle && (
          <p className="product-details__subtitle">{texts.subtitle}</p>
        )}
        <ProductFacilityLine facility={product.facility} />
        <ProductPrice product={product} />
        <ProductPurchase product={product} />
        <p className="product-details__description">
          {texts.description || t("product.noDescription")}
        </p>
        {afterDescription}
      </div>
    </article>
  )
}

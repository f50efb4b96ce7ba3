import type { HttpTypes } from "@medusajs/types"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { ProductImage } from "./product-image"
import { ProductPrice } from "./product-price"

export function ProductDetails({
  product,
  afterDescription,
}: {
  product: HttpTypes.StoreProduct
  /** sections the page composes from other features (makers, motif credits), shown below the description */
  afterDescription?: ReactNode
}) {
  const { t } = useTranslation()
  const image = product.images?.[0]?.url ?? product.thumbnail
  const variants = product.variants ?? []

  return (
    <article className="product-details">
      <div className="product-details__media">
        <ProductImage
          src={image}
          alt={product.title}
          width={800}
          height={1000}
          eager
        />
      </div>
      <div className="product-details__info">
        <h1 className="product-details__title">{product.title}</h1>
        {product.subtitle && (
          <p className="product-details__subtitle">{product.subtitle}</p>
        )}
        <ProductPrice product={product} />
        <p className="product-details__description">
          {product.description || t("product.noDescription")}
        </p>
        {afterDescription}
        {variants.length > 0 && (
          <section aria-labelledby="variants-heading">
            <h2 id="variants-heading" className="product-details__heading">
              {t("product.variants")}
            </h2>
            <ul className="variant-list">
              {variants.map((variant) => {
                const amount = variant.calculated_price?.calculated_amount
                return (
                  <li key={variant.id} className="variant-list__item">
                    <span>{variant.title ?? product.title}</span>
                    <span className="variant-list__price">
                      {amount == null
                        ? t("products.noPrice")
                        : formatRupiah(amount)}
                    </span>
                  </li>
                )
              })}
            </ul>
          </section>
        )}
      </div>
    </article>
  )
}

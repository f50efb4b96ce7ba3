// "Pembuat": who made the product, by their public labels.
import { useTranslation } from "react-i18next"
import { useProductMakers } from "../api/get-product-makers"

export function ProductMakers({ productId }: { productId: string }) {
  const { t } = useTranslation()
  const { data: makers } = useProductMakers(productId)
  if (!makers || makers.length === 0) return null
  return (
    <section aria-labelledby="makers-heading" className="product-makers">
      <h2 id="makers-heading" className="product-details__heading">
        {t("makers.heading")}
      </h2>
      <ul className="product-makers__list">
        {makers.map((maker) => (
          <li key={maker.id}>{maker.label}</li>
        ))}
      </ul>
    </section>
  )
}

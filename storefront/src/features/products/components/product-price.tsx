import type { HttpTypes } from "@medusajs/types"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { lowestPrice } from "../utils/lowest-price"

/** "Rp 150.000", or "From Rp 150.000" when variants differ in price. */
export function ProductPrice({ product }: { product: HttpTypes.StoreProduct }) {
  const { t } = useTranslation()
  const lowest = lowestPrice(product)
  if (lowest === null) {
    return (
      <p className="product-price product-price--none">
        {t("products.noPrice")}
      </p>
    )
  }
  const amounts = new Set(
    (product.variants ?? [])
      .map((v) => v.calculated_price?.calculated_amount)
      .filter((a) => a != null)
  )
  const price = formatRupiah(lowest)
  return (
    <p className="product-price">
      {amounts.size > 1 ? t("products.from", { price }) : price}
    </p>
  )
}

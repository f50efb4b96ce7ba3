// The product page's line on what its makers receive: their share of the price, and that share of its lowest price.
import { useTranslation } from "react-i18next"
import { isLanguage } from "../../../lib/i18n"
import { formatRupiah } from "../../../lib/money"
import { formatBps } from "../../../lib/percent"
import { useProductImpact } from "../api/get-product-impact"

/** Nothing while loading, on failure, or when no share of the price reaches makers; the page does not wait for it. */
export function ProductImpact({ productId }: { productId: string }) {
  const { t, i18n } = useTranslation()
  const { data: impact } = useProductImpact(productId)
  if (!impact || impact.makers_share_bps <= 0 || impact.makers_amount == null || impact.price == null) return null
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "id"
  return (
    <p className="product-impact">
      {t("impact.productLine", {
        percent: formatBps(impact.makers_share_bps, language),
        amount: formatRupiah(impact.makers_amount),
        price: formatRupiah(impact.price),
      })}
    </p>
  )
}

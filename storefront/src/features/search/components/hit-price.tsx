import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import type { SearchHit } from "../api/search-products"

/** "Rp 150.000", or "Mulai Rp 150.000" when the variants differ in price: the same line as a catalogue card. */
export function HitPrice({ hit }: { hit: Pick<SearchHit, "price_min" | "price_max"> }) {
  const { t } = useTranslation()
  if (hit.price_min === null) {
    return <p className="product-price product-price--none">{t("products.noPrice")}</p>
  }
  const price = formatRupiah(hit.price_min)
  return (
    <p className="product-price">
      {hit.price_max !== null && hit.price_max > hit.price_min ? t("products.from", { price }) : price}
    </p>
  )
}

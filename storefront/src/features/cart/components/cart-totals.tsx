// Subtotal, discount, shipping and total: the cart page's and the checkout's summary.
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import type { CartTotals } from "../utils/cart-totals"

export function CartTotalsList({ totals }: { totals: CartTotals }) {
  const { t } = useTranslation()
  return (
    <dl className="cart-totals">
      <div className="cart-totals__row">
        <dt>{t("cart.totals.subtotal")}</dt>
        <dd>{formatRupiah(totals.subtotal)}</dd>
      </div>
      {totals.discount > 0 ? (
        <div className="cart-totals__row cart-totals__row--discount">
          <dt>{t("cart.totals.discount")}</dt>
          <dd>−{formatRupiah(totals.discount)}</dd>
        </div>
      ) : null}
      <div className="cart-totals__row">
        <dt>{t("cart.totals.shipping")}</dt>
        <dd>
          {totals.shipping === null
            ? t("cart.totals.shippingLater")
            : totals.shipping === 0
              ? t("cart.totals.free")
              : formatRupiah(totals.shipping)}
        </dd>
      </div>
      {totals.tax > 0 ? (
        <div className="cart-totals__row">
          <dt>{t("cart.totals.tax")}</dt>
          <dd>{formatRupiah(totals.tax)}</dd>
        </div>
      ) : null}
      <div className="cart-totals__row cart-totals__row--total">
        <dt>{t("cart.totals.total")}</dt>
        <dd>{formatRupiah(totals.total)}</dd>
      </div>
    </dl>
  )
}

// The cart's lines and totals beside the checkout (above it on a phone, folded).
import type { HttpTypes } from "@medusajs/types"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { CartTotalsList } from "../../cart/components/cart-totals"
import { cartTotals } from "../../cart/utils/cart-totals"

export function SummaryItems({ cart }: { cart: HttpTypes.StoreCart }) {
  const { t } = useTranslation()
  return (
    <ul className="summary-items">
      {(cart.items ?? []).map((item) => (
        <li key={item.id} className="summary-item">
          {item.thumbnail ? (
            <img className="summary-item__image" src={item.thumbnail} alt="" width={56} height={70} loading="lazy" />
          ) : (
            <span className="summary-item__image" aria-hidden="true" />
          )}
          <span className="summary-item__text">
            <span className="summary-item__title">{item.product_title ?? item.title}</span>
            {item.variant_title ? <span className="summary-item__meta">{item.variant_title}</span> : null}
            <span className="summary-item__meta">{t("checkout.summary.quantity", { count: item.quantity })}</span>
          </span>
          <span className="summary-item__price">{formatRupiah(item.subtotal ?? item.unit_price * item.quantity)}</span>
        </li>
      ))}
    </ul>
  )
}

export function OrderSummary({ cart, folded }: { cart: HttpTypes.StoreCart; folded: boolean }) {
  const { t } = useTranslation()
  const totals = cartTotals(cart)
  const body = (
    <>
      <SummaryItems cart={cart} />
      <CartTotalsList totals={totals} />
    </>
  )
  if (folded) {
    return (
      <details className="checkout-summary checkout-summary--folded">
        <summary className="checkout-summary__toggle">
          {t("checkout.summary.toggle", { total: formatRupiah(totals.total) })}
        </summary>
        {body}
      </details>
    )
  }
  return (
    <section className="checkout-summary" aria-labelledby="checkout-summary-heading">
      <h2 id="checkout-summary-heading" className="checkout-summary__heading">
        {t("checkout.summary.heading")}
      </h2>
      {body}
    </section>
  )
}

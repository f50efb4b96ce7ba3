// Step 4: everything the buyer chose, the total she agrees to pay, and the button that places the order.
import type { HttpTypes } from "@medusajs/types"
import { Link } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { CartTotalsList } from "../../cart/components/cart-totals"
import { cartTotals } from "../../cart/utils/cart-totals"
import type { Shortage } from "../../cart/utils/cart-errors"
import { SummaryItems } from "./order-summary"

export type PlaceProblem =
  | { kind: "shortages"; shortages: Shortage[] }
  | { kind: "message"; text: string }

type ReviewStepProps = {
  cart: HttpTypes.StoreCart
  shippingName: string | null
  paymentName: string
  placeLabel: string
  placing: boolean
  disabled: boolean
  problem: PlaceProblem | null
  onPlace: () => void
}

export function AddressLines({ cart }: { cart: HttpTypes.StoreCart }) {
  const a = cart.shipping_address
  if (!a) return null
  const name = [a.first_name, a.last_name].filter(Boolean).join(" ")
  return (
    <address className="address-lines">
      {name}
      <br />
      {a.address_1}
      {a.address_2 ? (
        <>
          <br />
          {a.address_2}
        </>
      ) : null}
      <br />
      {a.city}, {a.province} {a.postal_code}
      <br />
      {a.phone}
    </address>
  )
}

function Problem({ problem }: { problem: PlaceProblem }): ReactNode {
  const { t } = useTranslation()
  if (problem.kind === "message") {
    return (
      <p className="form-alert" role="alert">
        {problem.text}
      </p>
    )
  }
  return (
    <div className="form-alert" role="alert">
      <p>{problem.shortages.length > 0 ? t("checkout.review.outOfStock") : t("checkout.review.outOfStockUnknown")}</p>
      {problem.shortages.length > 0 ? (
        <ul>
          {problem.shortages.map((s) => {
            const title = s.variantTitle ? `${s.title} (${s.variantTitle})` : s.title
            return (
              <li key={s.lineId}>
                {s.available > 0
                  ? t("checkout.review.shortageLine", { title, available: s.available, quantity: s.quantity })
                  : t("checkout.review.soldOutLine", { title })}
              </li>
            )
          })}
        </ul>
      ) : null}
      <Link to="/keranjang" className="button button--ghost">
        {t("checkout.review.fixInCart")}
      </Link>
    </div>
  )
}

export function ReviewStep({
  cart,
  shippingName,
  paymentName,
  placeLabel,
  placing,
  disabled,
  problem,
  onPlace,
}: ReviewStepProps) {
  const { t } = useTranslation()
  const totals = cartTotals(cart)
  return (
    <div className="review">
      <dl className="review__facts">
        <div>
          <dt>{t("checkout.review.contact")}</dt>
          <dd>{cart.email}</dd>
        </div>
        <div>
          <dt>{t("checkout.review.shipTo")}</dt>
          <dd>
            <AddressLines cart={cart} />
          </dd>
        </div>
        {shippingName ? (
          <div>
            <dt>{t("checkout.review.shipping")}</dt>
            <dd>{shippingName}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("checkout.review.payment")}</dt>
          <dd>{paymentName}</dd>
        </div>
      </dl>
      <h3 className="review__heading">{t("checkout.review.items")}</h3>
      <SummaryItems cart={cart} />
      <CartTotalsList totals={totals} />
      {problem ? <Problem problem={problem} /> : null}
      <p className="review__agree">{t("checkout.review.agree", { total: formatRupiah(totals.total) })}</p>
      <button
        type="button"
        className="button review__place"
        disabled={disabled || placing}
        aria-busy={placing || undefined}
        onClick={onPlace}
      >
        {placing ? t("checkout.review.placing") : placeLabel}
      </button>
    </div>
  )
}

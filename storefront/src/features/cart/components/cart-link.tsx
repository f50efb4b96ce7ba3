// The header's link to the cart, with how many pieces are in it (its strings are the header's, in the main bundle).
import "../cart-link.css"
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useCart } from "../api/get-cart"
import { itemCount } from "../utils/cart-totals"

function BagIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M5 8h14l-1.2 11.2a2 2 0 0 1-2 1.8H8.2a2 2 0 0 1-2-1.8L5 8Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      <path d="M9 10V6.5a3 3 0 0 1 6 0V10" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}

export function CartLink() {
  const { t } = useTranslation()
  const { cart } = useCart()
  const count = itemCount(cart)
  return (
    <Link
      to="/keranjang"
      className="cart-link"
      aria-label={t("header.cartLabel", { count })}
      activeProps={{ className: "cart-link--active", "aria-current": "page" }}
    >
      <BagIcon />
      <span className="cart-link__text">{t("header.cart")}</span>
      {count > 0 ? (
        <span className="cart-link__count" aria-hidden="true">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  )
}

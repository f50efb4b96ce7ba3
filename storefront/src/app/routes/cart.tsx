// /keranjang: the buyer's cart, loaded on first visit.
import "../../features/cart/i18n"
import "../../features/cart/cart.css"
import { createLazyRoute } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { CartView } from "../../features/cart/components/cart-view"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/keranjang")({
  component: CartRoute,
})

function CartRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("cart.title"), t("cart.description"))
  return (
    <div className="container cart-page">
      <h1 className="cart-page__title">{t("cart.heading")}</h1>
      <CartView />
    </div>
  )
}

// The cart page's content: the lines, the promo code, the totals and the way on to checkout.
import "../i18n"
import { useQueryClient } from "@tanstack/react-query"
import { Link } from "@tanstack/react-router"
import { useCallback, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../../components/errors/error-state"
import { Loading } from "../../../components/ui/loading"
import { useCart } from "../api/get-cart"
import { getStockQueryOptions, useStock } from "../api/get-stock"
import { findShortages } from "../utils/cart-errors"
import { cartTotals, itemCount } from "../utils/cart-totals"
import { CartLine } from "./cart-line"
import { CartTotalsList } from "./cart-totals"
import { PromoCodeForm } from "./promo-code-form"

function EmptyCart() {
  const { t } = useTranslation()
  return (
    <div className="cart-empty">
      <h2 className="cart-empty__title">{t("cart.emptyTitle")}</h2>
      <p>{t("cart.emptyBody")}</p>
      <Link to="/" className="button">
        {t("cart.browse")}
      </Link>
    </div>
  )
}

export function CartView() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const { cart, isLoading, isError, refetch } = useCart()
  const items = useMemo(() => cart?.items ?? [], [cart])
  const productIds = useMemo(
    () => items.map((item) => item.product_id).filter((id): id is string => Boolean(id)),
    [items]
  )
  const stockQuery = useStock(productIds)
  const stock = stockQuery.data ?? {}
  const [announcement, setAnnouncement] = useState("")
  const refreshStock = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: getStockQueryOptions(productIds).queryKey })
  }, [queryClient, productIds])

  if (isLoading) return <Loading label={t("cart.loading")} />
  if (isError && !cart) {
    return <ErrorState body={t("cart.loadError")} onRetry={() => void refetch()} />
  }
  if (!cart || items.length === 0) return <EmptyCart />

  const shortages = findShortages(items, stock)
  const count = itemCount(cart)
  // Newest additions last, as the buyer added them.
  const sorted = [...items].sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))

  return (
    <div className="cart-layout">
      <section className="cart-items" aria-labelledby="cart-items-heading">
        <h2 id="cart-items-heading" className="visually-hidden">
          {t("cart.itemsLabel")}
        </h2>
        <p className="cart-items__count">{t("cart.count", { count })}</p>
        <ul className="cart-lines">
          {sorted.map((item) => (
            <CartLine
              key={item.id}
              cartId={cart.id}
              item={item}
              stock={item.variant_id ? stock[item.variant_id] : undefined}
              shortage={shortages.find((s) => s.lineId === item.id)}
              announce={setAnnouncement}
              onStockProblem={refreshStock}
            />
          ))}
        </ul>
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </section>
      <div className="cart-aside">
        <PromoCodeForm cart={cart} />
        <section className="cart-summary" aria-labelledby="cart-summary-heading">
          <h2 id="cart-summary-heading" className="cart-summary__heading">
            {t("cart.totals.heading")}
          </h2>
          <CartTotalsList totals={cartTotals(cart)} />
          {shortages.length > 0 ? (
            <p className="cart-summary__blocked" role="alert">
              {t("cart.shortageSummary")}
            </p>
          ) : (
            <Link to="/checkout" className="button cart-summary__checkout">
              {t("cart.checkout")}
            </Link>
          )}
          <Link to="/" className="cart-summary__continue">
            {t("cart.continueShopping")}
          </Link>
        </section>
      </div>
    </div>
  )
}

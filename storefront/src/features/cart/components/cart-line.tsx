// One line of the cart: photo, name and option, price, quantity, line total, remove; and what to do when stock is short.
import type { HttpTypes } from "@medusajs/types"
import { Link } from "@tanstack/react-router"
import { useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { useRemoveLineItem } from "../api/remove-line-item"
import { useUpdateLineItem } from "../api/update-line-item"
import { cartProblem, type CartProblem, type Shortage } from "../utils/cart-errors"
import type { VariantStock } from "../utils/stock"
import { maxAddable } from "../utils/stock"
import { QuantityField } from "./quantity-field"

type CartLineProps = {
  cartId: string
  item: HttpTypes.StoreCartLineItem
  stock: VariantStock | undefined
  shortage: Shortage | undefined
  /** a sentence for the page's live region (quantity changed, line removed) */
  announce: (message: string) => void
  /** the stock may have moved: read it again */
  onStockProblem: () => void
}

export function CartLine({ cartId, item, stock, shortage, announce, onStockProblem }: CartLineProps) {
  const { t } = useTranslation()
  const uid = useId()
  const update = useUpdateLineItem()
  const remove = useRemoveLineItem()
  const [problem, setProblem] = useState<CartProblem | null>(null)
  const busy = update.isPending || remove.isPending
  const title = item.product_title ?? item.title
  const fullTitle = item.variant_title ? `${title} (${item.variant_title})` : title
  // The field allows what is left, and never less than what the line holds now (so it can still go down).
  const max = Math.max(item.quantity, maxAddable(stock, 0))

  const fail = (error: unknown) => {
    const found = cartProblem(error)
    setProblem(found)
    if (found.kind === "out_of_stock") onStockProblem()
  }

  const changeQuantity = (quantity: number) => {
    setProblem(null)
    update.mutate(
      { cartId, lineId: item.id, quantity },
      {
        onSuccess: () => announce(t("cart.updated", { title: fullTitle, count: quantity })),
        onError: fail,
      }
    )
  }

  const removeLine = () => {
    setProblem(null)
    remove.mutate(
      { cartId, lineId: item.id },
      { onSuccess: () => announce(t("cart.removed", { title: fullTitle })), onError: fail }
    )
  }

  const messageId = `${uid}-message`
  let message: string | null = null
  if (shortage) {
    message = shortage.available > 0 ? t("cart.shortage", { available: shortage.available }) : t("cart.soldOut")
  } else if (problem?.kind === "out_of_stock") {
    const available = stock?.available ?? 0
    message = available > 0 ? t("cart.shortage", { available }) : t("cart.soldOut")
  } else if (problem?.kind === "network") {
    message = t("cart.errorNetwork")
  } else if (problem) {
    message = t("cart.errorUnknown")
  }

  const productLink = item.product_handle ? (
    <Link to="/products/$handle" params={{ handle: item.product_handle }} className="cart-line__title">
      {title}
    </Link>
  ) : (
    <span className="cart-line__title">{title}</span>
  )

  return (
    <li className={`cart-line${message ? " cart-line--problem" : ""}`} aria-busy={busy || undefined}>
      {item.thumbnail ? (
        <img className="cart-line__image" src={item.thumbnail} alt="" width={96} height={120} loading="lazy" decoding="async" />
      ) : (
        <span className="cart-line__image cart-line__image--empty" aria-hidden="true" />
      )}
      <div className="cart-line__body">
        <h3 className="cart-line__heading">{productLink}</h3>
        {item.variant_title ? (
          <p className="cart-line__variant">{t("cart.variant", { title: item.variant_title })}</p>
        ) : null}
        <p className="cart-line__unit">{t("cart.unitPrice", { price: formatRupiah(item.unit_price) })}</p>
        <div className="cart-line__controls">
          <QuantityField
            id={`${uid}-quantity`}
            label={t("cart.quantityFor", { title: fullTitle })}
            hideLabel
            value={item.quantity}
            max={max}
            disabled={busy}
            decreaseLabel={`${t("cart.purchase.decrease")}: ${fullTitle}`}
            increaseLabel={`${t("cart.purchase.increase")}: ${fullTitle}`}
            onChange={changeQuantity}
            describedBy={message ? messageId : undefined}
            invalid={Boolean(shortage)}
          />
          <button
            type="button"
            className="cart-line__remove"
            aria-label={t("cart.removeLabel", { title: fullTitle })}
            disabled={busy}
            onClick={removeLine}
          >
            {t("cart.remove")}
          </button>
        </div>
        {message ? (
          <p id={messageId} className="cart-line__message" role="alert">
            {message}
          </p>
        ) : null}
      </div>
      <p className="cart-line__total">{formatRupiah(item.subtotal ?? item.unit_price * item.quantity)}</p>
    </li>
  )
}

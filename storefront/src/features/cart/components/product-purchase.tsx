// The product page's purchase box: pick a variant (with its price and stock), a quantity, and add it to the cart.
import "../i18n-purchase"
import "../purchase.css"
import type { HttpTypes } from "@medusajs/types"
import { useQueryClient } from "@tanstack/react-query"
import { Link } from "@tanstack/react-router"
import { useId, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { useAddToCart } from "../api/add-to-cart"
import { useCart } from "../api/get-cart"
import { getStockQueryOptions, useStock } from "../api/get-stock"
import { cartProblem, type CartProblem } from "../utils/cart-errors"
import { maxAddable, stockState, type VariantStock } from "../utils/stock"
import { QuantityField } from "./quantity-field"

type Variant = HttpTypes.StoreProductVariant

/** The first variant that can be bought, else the first one. */
export function defaultVariant(
  variants: readonly Variant[],
  stock: Record<string, VariantStock> | undefined
): Variant | undefined {
  return variants.find((v) => stockState(stock?.[v.id]) !== "out") ?? variants[0]
}

function StockLabel({ stock }: { stock: VariantStock | undefined }) {
  const { t } = useTranslation()
  const state = stockState(stock)
  if (state === "out") return <span className="stock stock--out">{t("cart.purchase.out")}</span>
  if (state === "low")
    return <span className="stock stock--low">{t("cart.purchase.low", { count: stock!.available })}</span>
  return <span className="stock">{t("cart.purchase.inStock")}</span>
}

function variantPrice(variant: Variant, noPrice: string): string {
  const amount = variant.calculated_price?.calculated_amount
  return amount == null ? noPrice : formatRupiah(amount)
}

export function ProductPurchase({ product }: { product: HttpTypes.StoreProduct }) {
  const { t } = useTranslation()
  const uid = useId()
  const queryClient = useQueryClient()
  const variants = product.variants ?? []
  const stockQuery = useStock([product.id])
  const stock = stockQuery.data
  const { cart } = useCart()
  const add = useAddToCart()

  const [chosenId, setChosenId] = useState<string | null>(null)
  const [quantity, setQuantity] = useState(1)
  const [added, setAdded] = useState<{ title: string } | null>(null)
  const [problem, setProblem] = useState<CartProblem | null>(null)

  const variant = variants.find((v) => v.id === chosenId) ?? defaultVariant(variants, stock)
  if (!variant) return null

  const variantStock = stock?.[variant.id]
  const inCart = (cart?.items ?? [])
    .filter((item) => item.variant_id === variant.id)
    .reduce((sum, item) => sum + item.quantity, 0)
  const max = maxAddable(variantStock, inCart)
  const priced = variant.calculated_price?.calculated_amount != null
  const soldOut = stockState(variantStock) === "out"
  // If the stock cannot be read, the store still refuses what it cannot sell (and the error says so).
  const canAdd = priced && !soldOut && max > 0 && !stockQuery.isPending
  const title =
    variants.length > 1 && variant.title ? `${product.title} (${variant.title})` : product.title

  const choose = (id: string) => {
    setChosenId(id)
    setQuantity(1)
    setProblem(null)
    setAdded(null)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!canAdd) return
    setProblem(null)
    setAdded(null)
    add.mutate(
      { variantId: variant.id, quantity: Math.min(quantity, max) },
      {
        onSuccess: () => {
          setAdded({ title })
          setQuantity(1)
          void queryClient.invalidateQueries({ queryKey: getStockQueryOptions([product.id]).queryKey })
        },
        onError: (error) => {
          const found = cartProblem(error)
          setProblem(found)
          // The error does not say how many are left: read the stock again to tell her.
          if (found.kind === "out_of_stock") {
            void queryClient.invalidateQueries({ queryKey: getStockQueryOptions([product.id]).queryKey })
          }
        },
      }
    )
  }

  const statusId = `${uid}-status`
  let message: string | null = null
  if (problem?.kind === "out_of_stock") {
    const available = variantStock?.available ?? 0
    message =
      available <= 0
        ? t("cart.purchase.outOfStockNone", { title })
        : inCart > 0
          ? t("cart.purchase.outOfStock", { title, available, inCart })
          : t("cart.purchase.outOfStockNoCart", { title, available })
  } else if (problem?.kind === "network") {
    message = t("cart.purchase.errorNetwork")
  } else if (problem) {
    message = t("cart.purchase.errorUnknown")
  }

  return (
    <form className="purchase" onSubmit={onSubmit} aria-label={t("cart.purchase.label")}>
      {variants.length > 1 ? (
        <fieldset className="purchase__variants">
          <legend className="purchase__legend">{t("cart.purchase.variant")}</legend>
          {variants.map((v) => {
            const out = stockState(stock?.[v.id]) === "out"
            return (
              <label key={v.id} className="purchase__option">
                <input
                  type="radio"
                  name={`${uid}-variant`}
                  value={v.id}
                  checked={v.id === variant.id}
                  disabled={out}
                  onChange={() => choose(v.id)}
                />
                <span className="purchase__option-title">{v.title ?? product.title}</span>
                <span className="purchase__option-price">
                  {variantPrice(v, t("cart.purchase.noPrice"))}
                </span>
                {stock ? <StockLabel stock={stock[v.id]} /> : null}
              </label>
            )
          })}
        </fieldset>
      ) : (
        <p className="purchase__single">
          {stock ? <StockLabel stock={variantStock} /> : <span className="stock">{t("cart.purchase.checkingStock")}</span>}
        </p>
      )}

      <div className="purchase__actions">
        {!soldOut && max > 0 && (
          <QuantityField
            id={`${uid}-quantity`}
            label={t("cart.purchase.quantity")}
            value={Math.min(quantity, Math.max(1, max))}
            max={max}
            disabled={add.isPending}
            decreaseLabel={t("cart.purchase.decrease")}
            increaseLabel={t("cart.purchase.increase")}
            onChange={setQuantity}
          />
        )}
        <button
          type="submit"
          className="button purchase__add"
          disabled={!canAdd || add.isPending}
          aria-describedby={statusId}
        >
          {soldOut
            ? t("cart.purchase.soldOut")
            : add.isPending
              ? t("cart.purchase.adding")
              : t("cart.purchase.add")}
        </button>
      </div>

      <div id={statusId} className="purchase__status" role="status" aria-live="polite">
        {!soldOut && max <= 0 && inCart > 0 && !message ? (
          <p className="purchase__note">{t("cart.purchase.allInCart", { count: inCart })}</p>
        ) : null}
        {added ? (
          <p className="purchase__added">
            {t("cart.purchase.added", { title: added.title })}{" "}
            <Link to="/keranjang" className="purchase__view-cart">
              {t("cart.purchase.viewCart")}
            </Link>
          </p>
        ) : null}
      </div>
      {message ? (
        <p className="purchase__error" role="alert">
          {message}
        </p>
      ) : null}
    </form>
  )
}

// An order's items and its amounts, shaped the same for the confirmation (Medusa's order) and the lookup.
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"

export type OrderLine = {
  id: string
  title: string
  variantTitle: string | null
  quantity: number
  total: number
  thumbnail: string | null
}

export type OrderAmounts = {
  subtotal: number
  discount: number
  shipping: number
  total: number
}

export function OrderLines({ lines }: { lines: OrderLine[] }) {
  const { t } = useTranslation()
  return (
    <ul className="order-lines">
      {lines.map((line) => (
        <li key={line.id} className="order-line">
          {line.thumbnail ? (
            <img className="order-line__image" src={line.thumbnail} alt="" width={64} height={80} loading="lazy" />
          ) : (
            <span className="order-line__image" aria-hidden="true" />
          )}
          <span className="order-line__text">
            <span className="order-line__title">{line.title}</span>
            {line.variantTitle ? (
              <span className="order-line__meta">{t("orders.items.variant", { title: line.variantTitle })}</span>
            ) : null}
            <span className="order-line__meta">{t("orders.items.quantity", { count: line.quantity })}</span>
          </span>
          <span className="order-line__price">{formatRupiah(line.total)}</span>
        </li>
      ))}
    </ul>
  )
}

export function OrderAmountsList({ amounts }: { amounts: OrderAmounts }) {
  const { t } = useTranslation()
  return (
    <dl className="order-amounts">
      <div className="order-amounts__row">
        <dt>{t("orders.totals.subtotal")}</dt>
        <dd>{formatRupiah(amounts.subtotal)}</dd>
      </div>
      {amounts.discount > 0 ? (
        <div className="order-amounts__row order-amounts__row--discount">
          <dt>{t("orders.totals.discount")}</dt>
          <dd>−{formatRupiah(amounts.discount)}</dd>
        </div>
      ) : null}
      <div className="order-amounts__row">
        <dt>{t("orders.totals.shipping")}</dt>
        <dd>{amounts.shipping === 0 ? t("orders.totals.free") : formatRupiah(amounts.shipping)}</dd>
      </div>
      <div className="order-amounts__row order-amounts__row--total">
        <dt>{t("orders.totals.total")}</dt>
        <dd>{formatRupiah(amounts.total)}</dd>
      </div>
    </dl>
  )
}

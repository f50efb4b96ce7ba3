// The sale just placed: its number, what was sold, the total and how it was paid; then the next sale.
import { useEffect, useRef } from "react"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../../lib/money"
import type { BoothOrder } from "../../api/types"
import { useLanguage } from "../../hooks/use-language"
import { variantLabel } from "../../utils/basket"
import { formatSaleTime } from "../../utils/dates"

export function BoothReceipt({ order, onNewSale }: { order: BoothOrder; onNewSale: () => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [order.id])

  return (
    <section className="csr-card receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading" ref={heading} tabIndex={-1} className="csr-card__title">
        {t("csr.receipt.title", { number: order.display_id })}
      </h2>
      <p className="csr-muted">{formatSaleTime(order.placed_at, language)}</p>
      <ul className="receipt__items">
        {order.items.map((item, i) => (
          <li key={i} className="receipt__item">
            <span>
              {variantLabel(item.title, item.variant_title ?? "")}
              <span className="receipt__qty">
                {" "}
                {item.quantity} × {formatRupiah(item.unit_price)}
              </span>
            </span>
            <span className="receipt__amount">{formatRupiah(item.total)}</span>
          </li>
        ))}
      </ul>
      <p className="receipt__total">
        <span>{t("csr.receipt.total")}</span>
        <strong>{formatRupiah(order.total)}</strong>
      </p>
      <p>
        {t("csr.receipt.paidWith", { method: t(`csr.booth.methods.${order.payment_method}`) })}
        {" · "}
        {order.payment_status === "captured" ? t("csr.receipt.captured") : t("csr.receipt.status", { status: order.payment_status })}
      </p>
      <button type="button" className="button receipt__next" onClick={onNewSale}>
        {t("csr.receipt.newSale")}
      </button>
    </section>
  )
}

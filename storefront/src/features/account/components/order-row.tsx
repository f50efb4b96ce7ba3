// One order in the history: number, date, states, total, and what was in it.
import type { HttpTypes } from "@medusajs/types"
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { formatDate } from "../utils/format"
import { OrderFacts } from "./order-status"

const ITEMS_SHOWN = 3

export function OrderRow({ order, headingLevel = 2 }: { order: HttpTypes.StoreOrder; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation()
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const items = order.items ?? []
  const more = items.length - ITEMS_SHOWN
  const number = order.display_id
  return (
    <li className="order-row">
      <div className="order-row__head">
        <Heading className="order-row__title">{t("account.orders.number", { number })}</Heading>
        <p className="order-row__date">
          {t("account.orders.placedOn", { date: formatDate(order.created_at, i18n.language) })}
        </p>
      </div>
      <OrderFacts order={order} />
      {items.length > 0 && (
        <ul className="order-row__items" aria-label={t("account.orders.items")}>
          {items.slice(0, ITEMS_SHOWN).map((item) => (
            <li key={item.id} className="order-row__item">
              {item.thumbnail ? (
                <img src={item.thumbnail} alt="" width={48} height={48} loading="lazy" decoding="async" />
              ) : (
                <span className="order-row__thumb" aria-hidden="true" />
              )}
              <span>
                {item.quantity} × {item.product_title ?? item.title}
              </span>
            </li>
          ))}
          {more > 0 && <li className="order-row__more">{t("account.orders.moreItems", { count: more })}</li>}
        </ul>
      )}
      <Link
        to="/akun/pesanan/$id"
        params={{ id: order.id }}
        className="button button--ghost order-row__link"
        aria-label={t("account.orders.viewLabel", { number })}
      >
        {t("account.orders.view")}
      </Link>
    </li>
  )
}

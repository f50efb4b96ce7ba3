// One order in full: its states, each item with its price, the cost breakdown, and where it goes.
import type { HttpTypes } from "@medusajs/types"
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { formatDate } from "../utils/format"
import { AddressLines } from "./address-lines"
import { OrderFacts } from "./order-status"

function ItemRow({ item }: { item: HttpTypes.StoreOrderLineItem }) {
  const { t } = useTranslation()
  const title = item.product_title ?? item.title
  const handle = item.product_handle
  return (
    <li className="order-item">
      {item.thumbnail ? (
        <img
          className="order-item__image"
          src={item.thumbnail}
          alt=""
          width={72}
          height={72}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <span className="order-item__image order-row__thumb" aria-hidden="true" />
      )}
      <div className="order-item__text">
        <p className="order-item__title">
          {handle ? (
            <Link to="/products/$handle" params={{ handle }}>
              {title}
            </Link>
          ) : (
            title
          )}
        </p>
        {item.variant_title && <p className="order-item__variant">{item.variant_title}</p>}
        <p className="order-item__quantity">
          {t("account.order.quantity", { count: item.quantity })} ·{" "}
          {t("account.order.unitPrice", { price: formatRupiah(item.unit_price) })}
        </p>
      </div>
      <p className="order-item__total">{formatRupiah(item.subtotal ?? item.unit_price * item.quantity)}</p>
    </li>
  )
}

export function OrderDetail({ order }: { order: HttpTypes.StoreOrder }) {
  const { t, i18n } = useTranslation()
  const shippingMethods = order.shipping_methods ?? []
  return (
    <div className="order-detail">
      <p className="order-detail__date">
        {t("account.order.placedOn", { date: formatDate(order.created_at, i18n.language) })}
      </p>
      <OrderFacts order={order} />

      <section className="account-section" aria-labelledby="order-items-heading">
        <h2 id="order-items-heading">{t("account.order.items")}</h2>
        <ul className="order-items">
          {(order.items ?? []).map((item) => (
            <ItemRow key={item.id} item={item} />
          ))}
        </ul>
      </section>

      <section className="account-section" aria-labelledby="order-summary-heading">
        <h2 id="order-summary-heading">{t("account.order.summary")}</h2>
        <dl className="order-summary">
          <div>
            <dt>{t("account.order.subtotal")}</dt>
            <dd>{formatRupiah(order.item_subtotal)}</dd>
          </div>
          <div>
            <dt>{t("account.order.shipping")}</dt>
            <dd>{formatRupiah(order.shipping_total)}</dd>
          </div>
          {order.discount_total > 0 && (
            <div>
              <dt>{t("account.order.discount")}</dt>
              <dd>−{formatRupiah(order.discount_total)}</dd>
            </div>
          )}
          {order.tax_total > 0 && (
            <div>
              <dt>{t("account.order.tax")}</dt>
              <dd>{formatRupiah(order.tax_total)}</dd>
            </div>
          )}
          <div className="order-summary__total">
            <dt>{t("account.order.total")}</dt>
            <dd>{formatRupiah(order.total)}</dd>
          </div>
        </dl>
      </section>

      {(order.shipping_address || shippingMethods.length > 0) && (
        <section className="account-section order-delivery" aria-labelledby="order-delivery-heading">
          <h2 id="order-delivery-heading" className="visually-hidden">
            {t("account.order.shippingAddress")}
          </h2>
          {order.shipping_address && (
            <div>
              <h3>{t("account.order.shippingAddress")}</h3>
              <AddressLines address={order.shipping_address} />
            </div>
          )}
          {shippingMethods.length > 0 && (
            <div>
              <h3>{t("account.order.shippingMethod")}</h3>
              <ul className="order-delivery__methods">
                {shippingMethods.map((method) => (
                  <li key={method.id}>
                    {method.name} · {formatRupiah(method.total)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
    </div>
  )
}

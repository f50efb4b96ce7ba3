// One order as the facility sees it: its own items, where they go, and the fulfilment actions.
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { invalidDataMessage } from "../../staff/api/staff-fetch"
import { useCreateFulfillment } from "../api/create-fulfillment"
import { usePortalOrder } from "../api/get-order"
import { useLanguage } from "../hooks/use-language"
import { formatDate } from "../utils/format-date"
import { FormAlert, FormNotice } from "./form-field"
import { fulfillmentStatusLabel, isPaidStatus, paymentStatusLabel } from "./labels"
import { ProductThumb } from "./product-thumb"
import { StatusBadge } from "./status-badge"
import { TransferPanel } from "./transfer-panel"

export function OrderDetail({ id }: { id: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { data: order } = usePortalOrder(id)
  const address = order.shipping_address

  return (
    <>
      <h1 className="portal-title">{t("portal.order.title", { id: order.display_id })}</h1>
      <p className="portal-lead">
        {formatDate(order.created_at, language)}{" "}
        <StatusBadge tone={isPaidStatus(order.payment_status) ? "good" : "muted"}>
          {paymentStatusLabel(t, order.payment_status)}
        </StatusBadge>{" "}
        <StatusBadge tone={order.fulfillments.length ? "good" : "warn"}>
          {fulfillmentStatusLabel(t, order.fulfillment_status)}
        </StatusBadge>
      </p>
      <div className="portal-columns portal-columns--wide-left">
        <section className="portal-card" aria-labelledby="order-items-heading">
          <h2 id="order-items-heading" className="portal-card__title">
            {t("portal.order.items")}
          </h2>
          <ul className="order-items">
            {order.items.map((item) => (
              <li key={item.id} className="order-item">
                <ProductThumb src={item.thumbnail} size={64} />
                <div className="order-item__text">
                  <p className="order-item__title">{item.title}</p>
                  {item.variant_title && <p className="portal-muted">{item.variant_title}</p>}
                  <p className="portal-muted">
                    {item.quantity} × {formatRupiah(item.unit_price)}
                  </p>
                </div>
                <p className="order-item__total">{formatRupiah(item.total)}</p>
              </li>
            ))}
          </ul>
          <p className="order-total">
            <span>{t("portal.order.total")}</span>
            <strong>{formatRupiah(order.items_total)}</strong>
          </p>
        </section>
        <div className="portal-stack">
          <section className="portal-card" aria-labelledby="order-address-heading">
            <h2 id="order-address-heading" className="portal-card__title">
              {t("portal.order.address")}
            </h2>
            {address ? (
              <address className="order-address">
                {address.first_name} {address.last_name}
                <br />
                {address.address_1}
                <br />
                {address.city}, {address.province} {address.postal_code}
                <br />
                {address.phone}
              </address>
            ) : (
              <p className="portal-muted">{t("portal.order.noAddress")}</p>
            )}
            <dl className="portal-dl">
              {order.shipping_method && (
                <>
                  <dt>{t("portal.order.shippingMethod")}</dt>
                  <dd>{order.shipping_method}</dd>
                </>
              )}
              {order.email && (
                <>
                  <dt>{t("portal.order.email")}</dt>
                  <dd>{order.email}</dd>
                </>
              )}
            </dl>
          </section>
          <TransferPanel id={order.id} />
          <FulfillmentPanel id={order.id} />
        </div>
      </div>
    </>
  )
}

function FulfillmentPanel({ id }: { id: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { data: order } = usePortalOrder(id)
  const fulfil = useCreateFulfillment(id)
  const [tracking, setTracking] = useState("")
  const [missingTracking, setMissingTracking] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  const done = () => {
    setNotice(t("portal.order.done"))
    setTracking("")
  }
  const ship = (event: FormEvent) => {
    event.preventDefault()
    setNotice(null)
    if (!tracking.trim()) {
      setMissingTracking(true)
      return
    }
    setMissingTracking(false)
    fulfil.mutate({ kind: "shipment", tracking_number: tracking.trim() }, { onSuccess: done })
  }

  return (
    <section className="portal-card" aria-labelledby="order-actions-heading">
      <h2 id="order-actions-heading" className="portal-card__title">
        {t("portal.order.actions")}
      </h2>
      <button
        type="button"
        className="button button--ghost"
        disabled={fulfil.isPending}
        onClick={() => {
          setNotice(null)
          fulfil.mutate({ kind: "pickup" }, { onSuccess: done })
        }}
      >
        {t("portal.order.pickup")}
      </button>
      <form className="ship-form" onSubmit={ship} noValidate>
        <div className={`portal-field${missingTracking ? " portal-field--invalid" : ""}`}>
          <label htmlFor="tracking-number" className="portal-field__label">
            {t("portal.order.tracking")}
          </label>
          <input
            id="tracking-number"
            value={tracking}
            autoComplete="off"
            aria-invalid={missingTracking}
            aria-describedby={missingTracking ? "tracking-number-error" : undefined}
            onChange={(e) => setTracking(e.target.value)}
          />
          {missingTracking && (
            <p id="tracking-number-error" className="portal-field__error">
              {t("portal.errors.trackingRequired")}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={fulfil.isPending}>
          {t("portal.order.ship")}
        </button>
      </form>
      {fulfil.error && <FormAlert message={invalidDataMessage(fulfil.error) ?? t("portal.common.saveFailed")} />}
      <FormNotice message={notice} />
      <h3 className="portal-subtitle">{t("portal.order.history")}</h3>
      {order.fulfillments.length === 0 ? (
        <p className="portal-muted">{t("portal.order.historyNone")}</p>
      ) : (
        <ul className="fulfillment-list">
          {order.fulfillments.map((f) => (
            <li key={f.id}>
              <strong>{t(f.kind === "pickup" ? "portal.order.kindPickup" : "portal.order.kindShipment")}</strong>
              {" · "}
              {formatDate(f.created_at, language)}
              {f.tracking_number && ` · ${t("portal.order.trackingShown", { number: f.tracking_number })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

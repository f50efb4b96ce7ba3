// An order's state, its payment and its delivery, as a short list of labelled facts.
import type { HttpTypes } from "@medusajs/types"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { fulfillmentStatus, orderStatus, paymentStatus, paymentTone } from "../utils/order-status"

export function useStatusLabels() {
  const { t } = useTranslation()
  return {
    order: (value: unknown) => {
      const status = orderStatus(value)
      return status ? t(`account.status.order.${status}`) : t("account.status.unknown")
    },
    payment: (value: unknown) => {
      const status = paymentStatus(value)
      return status ? t(`account.status.payment.${status}`) : t("account.status.unknown")
    },
    fulfillment: (value: unknown) => {
      const status = fulfillmentStatus(value)
      return status ? t(`account.status.fulfillment.${status}`) : t("account.status.unknown")
    },
  }
}

export function OrderFacts({ order }: { order: HttpTypes.StoreOrder }) {
  const { t } = useTranslation()
  const labels = useStatusLabels()
  const tone = paymentTone(paymentStatus(order.payment_status))
  return (
    <dl className="order-facts">
      <div>
        <dt>{t("account.orders.status")}</dt>
        <dd>{labels.order(order.status)}</dd>
      </div>
      <div>
        <dt>{t("account.orders.payment")}</dt>
        <dd>
          <span className={`order-badge order-badge--${tone}`}>{labels.payment(order.payment_status)}</span>
        </dd>
      </div>
      <div>
        <dt>{t("account.orders.fulfillment")}</dt>
        <dd>{labels.fulfillment(order.fulfillment_status)}</dd>
      </div>
      <div>
        <dt>{t("account.orders.total")}</dt>
        <dd className="order-facts__total">{formatRupiah(order.total)}</dd>
      </div>
    </dl>
  )
}

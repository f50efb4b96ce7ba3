// The payment part of an order page: its status and, while a bank transfer is awaited, the instructions.
import { useTranslation } from "react-i18next"
import { Loading } from "../../../components/ui/loading"
import type { OrderPayment } from "../api/types"
import { paymentStatusKey } from "../utils/payment-status"
import { TransferInstructions } from "./transfer-instructions"

export function PaymentStatusBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation()
  return <span className={`payment-badge payment-badge--${status ?? "unknown"}`}>{t(paymentStatusKey(status))}</span>
}

type PaymentPanelProps = {
  payment: OrderPayment | null | undefined
  loading: boolean
  headingId: string
}

export function PaymentPanel({ payment, loading, headingId }: PaymentPanelProps) {
  const { t } = useTranslation()
  // "How to pay" while a payment is awaited (or not known yet); "Payment status" once it is settled.
  const settled = payment && payment.status !== "awaiting"
  return (
    <section className="order-panel payment-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="order-panel__heading">
        {settled ? t("orders.payment.heading") : t("orders.transfer.heading")}
      </h2>
      {loading ? (
        <Loading label={t("orders.transfer.loading")} />
      ) : !payment ? (
        <p className="payment-panel__unavailable">{t("orders.transfer.unavailable")}</p>
      ) : (
        <>
          <p className="payment-panel__status">
            {settled ? null : <>{t("orders.payment.heading")}: </>}
            <PaymentStatusBadge status={payment.status} />
          </p>
          {payment.status === "paid" ? <p>{t("orders.transfer.paid")}</p> : null}
          {payment.status === "awaiting" && payment.transfer ? (
            <TransferInstructions transfer={payment.transfer} amount={payment.amount} />
          ) : null}
          {payment.status === "awaiting" && !payment.transfer ? (
            <p className="payment-panel__unavailable">{t("orders.transfer.unavailable")}</p>
          ) : null}
        </>
      )}
    </section>
  )
}

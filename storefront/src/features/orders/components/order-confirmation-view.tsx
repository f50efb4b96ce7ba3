// The order confirmation: thanks, the order number, how to pay, what was ordered, and where to go next.
import "../i18n"
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../../components/errors/error-state"
import { Loading } from "../../../components/ui/loading"
import { useDocumentTitle } from "../../../hooks/use-document-title"
import { useOrder } from "../api/get-order"
import { useOrderPayment } from "../api/get-order-payment"
import { amountsOfOrder, linesOfOrder } from "../utils/order-shape"
import { OrderAmountsList, OrderLines } from "./order-lines"
import { PaymentPanel } from "./payment-panel"

function NextLinks() {
  const { t } = useTranslation()
  return (
    <nav className="order-next" aria-label={t("orders.links.heading")}>
      <Link to="/lacak-pesanan" className="button button--ghost">
        {t("orders.links.lookup")}
      </Link>
      <Link to="/akun" className="button button--ghost">
        {t("orders.links.account")}
      </Link>
      <Link to="/" className="order-next__continue">
        {t("orders.links.continue")}
      </Link>
    </nav>
  )
}

export function OrderConfirmationView({ orderId }: { orderId: string }) {
  const { t } = useTranslation()
  const order = useOrder(orderId)
  const payment = useOrderPayment(orderId)
  const data = order.data
  useDocumentTitle(
    data ? t("orders.confirmation.title", { number: data.display_id }) : t("orders.confirmation.titlePending"),
    t("orders.confirmation.description")
  )

  if (order.isPending) return <Loading label={t("orders.confirmation.loading")} />
  if (order.isError) return <ErrorState body={t("orders.confirmation.loadError")} onRetry={() => void order.refetch()} />
  if (!data) {
    return (
      <div className="order-missing">
        <h1>{t("orders.confirmation.notFoundTitle")}</h1>
        <p>{t("orders.confirmation.notFoundBody")}</p>
        <Link to="/lacak-pesanan" className="button">
          {t("orders.links.lookup")}
        </Link>
      </div>
    )
  }

  return (
    <div className="order-page__grid">
      <header className="order-hero">
        <h1 className="order-hero__title">{t("orders.confirmation.heading")}</h1>
        <p className="order-hero__number">
          {t("orders.confirmation.number")}{" "}
          <strong className="order-hero__value">{t("orders.confirmation.numberValue", { number: data.display_id })}</strong>
        </p>
        {data.email ? <p>{t("orders.confirmation.emailSent", { email: data.email })}</p> : null}
        <p className="order-hero__keep">{t("orders.confirmation.keepNumber")}</p>
      </header>
      <PaymentPanel
        payment={payment.data}
        loading={payment.isPending}
        headingId="order-payment-heading"
      />
      <section className="order-panel" aria-labelledby="order-items-heading">
        <h2 id="order-items-heading" className="order-panel__heading">
          {t("orders.items.heading")}
        </h2>
        <OrderLines lines={linesOfOrder(data)} />
        <OrderAmountsList amounts={amountsOfOrder(data)} />
      </section>
      <NextLinks />
    </div>
  )
}

// Step 3: how to pay. Bank transfer is explained here (its instructions come with the order); a card is entered in
// Stripe's Payment Element, placed here by the checkout when Stripe is on.
import { useId, type FormEvent, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Loading } from "../../../components/ui/loading"
import type { PaymentMethod } from "../utils/payment-methods"

type PaymentStepProps = {
  methods: PaymentMethod[]
  loading: boolean
  loadError: boolean
  onRetry: () => void
  chosen: PaymentMethod | undefined
  onChoose: (kind: PaymentMethod["kind"]) => void
  /** hours the buyer will have to transfer, when the provider says */
  transferHours: number | null
  /** the Payment Element (or its loading state) when the card is chosen */
  cardElement?: ReactNode
  busy: boolean
  error: string | null
  onContinue: () => void
}

export function BankTransferNote({ method, hours }: { method: PaymentMethod; hours: number | null }) {
  const { t } = useTranslation()
  if (method.kind !== "bank_transfer") return null
  return (
    <div className="payment-note">
      <p>{t("checkout.payment.bankTransferBody")}</p>
      {hours !== null ? (
        <p className="payment-note__deadline">{t("checkout.payment.bankTransferDeadline", { count: hours })}</p>
      ) : null}
      <p>{t("checkout.payment.bankTransferManual")}</p>
    </div>
  )
}

export function PaymentStep({
  methods,
  loading,
  loadError,
  onRetry,
  chosen,
  onChoose,
  transferHours,
  cardElement,
  busy,
  error,
  onContinue,
}: PaymentStepProps) {
  const { t } = useTranslation()
  const uid = useId()
  if (loading) return <Loading label={t("checkout.payment.loading")} />
  if (loadError) {
    return (
      <div className="form-alert" role="alert">
        <p>{t("checkout.payment.loadError")}</p>
        <button type="button" className="button button--ghost" onClick={onRetry}>
          {t("status.retry")}
        </button>
      </div>
    )
  }
  if (methods.length === 0) return <p className="form-alert">{t("checkout.payment.none")}</p>

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    onContinue()
  }

  return (
    <form className="checkout-form" onSubmit={onSubmit} noValidate>
      <fieldset className="choice-list">
        <legend className="visually-hidden">{t("checkout.payment.heading")}</legend>
        {methods.map((method) => (
          <div key={method.kind} className="choice-group">
            <label className="choice">
              <input
                type="radio"
                name={`${uid}-payment`}
                value={method.kind}
                checked={chosen?.kind === method.kind}
                onChange={() => onChoose(method.kind)}
              />
              <span className="choice__title">
                {method.kind === "bank_transfer" ? t("checkout.payment.bankTransfer") : t("checkout.payment.card")}
              </span>
              <span className="choice__body">
                {method.kind === "bank_transfer" ? null : t("checkout.payment.cardBody")}
              </span>
            </label>
            {chosen?.kind === method.kind && method.kind === "bank_transfer" ? (
              <BankTransferNote method={method} hours={transferHours} />
            ) : null}
            {chosen?.kind === method.kind && method.kind === "card" ? (
              <div className="payment-card">{cardElement}</div>
            ) : null}
          </div>
        ))}
      </fieldset>
      {error ? (
        <p className="form-alert" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button checkout-form__submit" disabled={busy || !chosen}>
        {busy ? t("checkout.payment.preparing") : t("checkout.continue")}
      </button>
    </form>
  )
}

// A manager records premi paid out to a participant; the server refuses (409) more than her balance.
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { errorStatus } from "../../staff/api/staff-fetch"
import { useCreatePayout } from "../api/create-payout"
import type { ParticipantBalance } from "../api/types"
import { usePortalForm } from "../hooks/use-portal-form"
import {
  emptyPayoutForm,
  PAYOUT_FIELDS,
  PAYOUT_METHODS,
  toPayoutBody,
  validatePayoutForm,
} from "../utils/payout-form"
import { Field, FormAlert, FormNotice } from "./form-field"
import { payoutMethodLabel } from "./labels"

export function PayoutForm({ balance }: { balance: ParticipantBalance }) {
  const { t } = useTranslation()
  const payout = useCreatePayout()
  // Set by a 409: the alert then shows her balance as the server now holds it (the query refetches on settle).
  const [overBalance, setOverBalance] = useState(false)
  const { values, set, errors, serverError, failed, notice, errorText, submit } = usePortalForm({
    initial: emptyPayoutForm(),
    validate: validatePayoutForm,
    fields: PAYOUT_FIELDS,
    savedMessage: t("portal.revenue.participant.payoutSaved"),
    onSubmit: async (v) => {
      setOverBalance(false)
      try {
        await payout.mutateAsync(toPayoutBody(balance.participant_id, v))
      } catch (error) {
        if (errorStatus(error) === 409) setOverBalance(true)
        throw error
      }
      return emptyPayoutForm()
    },
  })

  return (
    <form className="portal-card portal-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="payout-heading">
      <h2 id="payout-heading" className="portal-card__title">
        {t("portal.revenue.participant.payoutHeading")}
      </h2>
      {serverError && (
        <div className="portal-alert" role="alert">
          <p className="portal-alert__title">{t("portal.common.serverRejected")}</p>
          <p>{serverError.message}</p>
          {overBalance && (
            <p>
              {t("portal.revenue.participant.balanceNow", {
                name: balance.display_name,
                balance: formatRupiah(balance.balance),
              })}
            </p>
          )}
        </div>
      )}
      {Object.keys(errors).length > 0 && <FormAlert message={t("portal.common.formHasErrors")} />}
      <Field
        id="payout-amount"
        label={t("portal.revenue.participant.payoutAmount")}
        hint={t("portal.revenue.participant.payoutAmountHint", { balance: formatRupiah(balance.balance) })}
        error={errorText("amount")}
        required
      >
        {(aria) => (
          <input
            {...aria}
            inputMode="numeric"
            autoComplete="off"
            value={values.amount}
            onChange={(e) => set("amount", e.target.value)}
          />
        )}
      </Field>
      <Field id="payout-method" label={t("portal.revenue.participant.payoutMethod")} error={errorText("method")} required>
        {(aria) => (
          <select {...aria} value={values.method} onChange={(e) => set("method", e.target.value as typeof values.method)}>
            <option value="" disabled>
              {t("portal.revenue.participant.payoutMethodChoose")}
            </option>
            {PAYOUT_METHODS.map((method) => (
              <option key={method} value={method}>
                {payoutMethodLabel(t, method)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="payout-note" label={t("portal.revenue.participant.payoutNote")} error={errorText("note")}>
        {(aria) => <textarea {...aria} rows={2} value={values.note} onChange={(e) => set("note", e.target.value)} />}
      </Field>
      {failed && <FormAlert message={t("portal.common.saveFailed")} />}
      <div className="portal-actions portal-form__actions">
        <button type="submit" className="button" disabled={payout.isPending}>
          {payout.isPending ? t("portal.common.saving") : t("portal.revenue.participant.payoutSubmit")}
        </button>
      </div>
      <FormNotice message={notice} />
    </form>
  )
}

// The order's payment in the portal: the bank transfer's reference and amount due, its status and flags, and for a
// manager the confirmation that the money arrived (the exact total captures the payment; another amount flags it).
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { errorStatus } from "../../staff/api/staff-fetch"
import { useConfirmTransfer } from "../api/confirm-transfer"
import { useOrderTransfer, type TransferStatus } from "../api/get-order-transfer"
import { useLanguage } from "../hooks/use-language"
import { formatDate } from "../utils/format-date"
import { formatDeadline, transferProblem } from "../utils/transfer-confirm"
import { parseWholeNumber } from "../utils/whole-number"
import { Field, FormAlert, FormNotice } from "./form-field"
import { StatusBadge } from "./status-badge"

const TONE: Record<TransferStatus, "good" | "warn" | "muted"> = {
  awaiting: "warn",
  flagged: "warn",
  paid: "good",
  expired: "muted",
  refunded: "muted",
}

export function TransferPanel({ id }: { id: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { data: transfer, error } = useOrderTransfer(id)
  const confirm = useConfirmTransfer(id)
  const [amount, setAmount] = useState("")
  const [inputError, setInputError] = useState<string | null>(null)
  const [sent, setSent] = useState<number | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setNotice(null)
    const value = parseWholeNumber(amount)
    if (value === null || value <= 0) {
      setInputError(t("portal.transfer.errors.amount"))
      return
    }
    setInputError(null)
    setSent(value)
    confirm.mutate(value, {
      onSuccess: (answer) => {
        setAmount("")
        setNotice(t(answer.outcome === "captured" ? "portal.transfer.captured" : "portal.transfer.alreadyCaptured"))
      },
    })
  }

  if (!transfer) {
    // no payment on this order (404), or it could not be loaded: the rest of the order page still works
    return error && errorStatus(error) !== 404 ? <FormAlert message={t("portal.transfer.errors.load")} /> : null
  }
  const problem = confirm.error ? transferProblem(confirm.error) : null
  const openFlags = transfer.flags.filter((f) => !f.resolved_at)

  return (
    <section className="portal-card" aria-labelledby="order-transfer-heading">
      <h2 id="order-transfer-heading" className="portal-card__title">
        {t(transfer.reference ? "portal.transfer.title" : "portal.transfer.titleOther")}{" "}
        <StatusBadge tone={TONE[transfer.status]}>{t(`portal.transfer.status.${transfer.status}`)}</StatusBadge>
      </h2>
      <dl className="portal-dl">
        {transfer.reference && (
          <>
            <dt>{t("portal.transfer.reference")}</dt>
            <dd className="transfer-reference">{transfer.reference}</dd>
          </>
        )}
        <dt>{t(transfer.captured_at ? "portal.transfer.amountPaid" : "portal.transfer.amountDue")}</dt>
        <dd>{formatRupiah(transfer.captured_at ? transfer.amount : transfer.amount_due)}</dd>
        {transfer.expires_at && (transfer.status === "awaiting" || transfer.status === "flagged") && (
          <>
            <dt>{t("portal.transfer.payBy")}</dt>
            <dd>{formatDeadline(transfer.expires_at, language)}</dd>
          </>
        )}
        {transfer.captured_at && (
          <>
            <dt>{t("portal.transfer.capturedAt")}</dt>
            <dd>{formatDate(transfer.captured_at, language)}</dd>
          </>
        )}
      </dl>

      {openFlags.length > 0 && (
        <div className="portal-alert" role="note">
          <p className="portal-alert__title">{t("portal.transfer.flaggedTitle")}</p>
          <ul className="transfer-flags">
            {openFlags.map((f) => (
              <li key={f.id}>
                {f.received_amount !== null && f.expected_amount !== null
                  ? t("portal.transfer.flagMismatch", {
                      received: formatRupiah(f.received_amount),
                      expected: formatRupiah(f.expected_amount),
                      date: formatDate(f.created_at, language),
                    })
                  : t("portal.transfer.flagOther", { date: formatDate(f.created_at, language) })}
              </li>
            ))}
          </ul>
        </div>
      )}

      {transfer.can_confirm ? (
        <form className="transfer-form" onSubmit={submit} noValidate>
          <Field
            id="amount-received"
            label={t("portal.transfer.amountReceived")}
            hint={t("portal.transfer.amountHint", { total: formatRupiah(transfer.amount_due) })}
            error={inputError ?? undefined}
            required
          >
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                autoComplete="off"
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button" disabled={confirm.isPending}>
            {confirm.isPending ? t("portal.common.saving") : t("portal.transfer.confirm")}
          </button>
        </form>
      ) : (
        transfer.cannot_confirm &&
        transfer.cannot_confirm !== "not_awaiting" &&
        transfer.cannot_confirm !== "not_bank_transfer" && (
          <p className="portal-muted">{t(`portal.transfer.cannot.${transfer.cannot_confirm}`)}</p>
        )
      )}
      {problem && (
        <FormAlert
          message={
            problem === "mismatch" && sent !== null
              ? t("portal.transfer.errors.mismatch", {
                  received: formatRupiah(sent),
                  expected: formatRupiah(transfer.amount_due),
                })
              : t(`portal.transfer.errors.${problem}`)
          }
        />
      )}
      <FormNotice message={notice} />
    </section>
  )
}

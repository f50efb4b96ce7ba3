// Where and how to pay a bank transfer: bank, account, holder, the exact amount, the reference for the transfer
// note and the deadline in Jakarta time, each with a copy button.
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import type { OrderPayment, TransferInstructions as Transfer } from "../api/types"
import { formatJakartaDateTime } from "../utils/jakarta-time"
import { CopyButton } from "./copy-button"

export function TransferInstructions({
  transfer,
  amount,
}: {
  transfer: Transfer
  amount: OrderPayment["amount"]
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.resolvedLanguage === "en" ? "en" : "id"
  const deadline = formatJakartaDateTime(transfer.expires_at, language)
  const rupiah = Math.round(Number(amount))
  return (
    <div className="transfer">
      <p className="transfer__intro">{t("orders.transfer.intro")}</p>
      <dl className="transfer__facts">
        <div className="transfer__fact">
          <dt>{t("orders.transfer.bank")}</dt>
          <dd>
            <span className="transfer__value">{transfer.bank_name}</span>
          </dd>
        </div>
        <div className="transfer__fact">
          <dt>{t("orders.transfer.account")}</dt>
          <dd>
            <span className="transfer__value transfer__value--mono">{transfer.account_number}</span>
            <CopyButton value={transfer.account_number.replace(/[\s-]/g, "")} what={t("orders.transfer.account")} />
          </dd>
        </div>
        <div className="transfer__fact">
          <dt>{t("orders.transfer.holder")}</dt>
          <dd>
            <span className="transfer__value">{transfer.account_holder}</span>
          </dd>
        </div>
        <div className="transfer__fact transfer__fact--key">
          <dt>{t("orders.transfer.amount")}</dt>
          <dd>
            <span className="transfer__value transfer__value--amount">{formatRupiah(rupiah)}</span>
            <CopyButton value={String(rupiah)} what={t("orders.transfer.amount")} />
          </dd>
        </div>
        <div className="transfer__fact transfer__fact--key">
          <dt>{t("orders.transfer.reference")}</dt>
          <dd>
            <span className="transfer__value transfer__value--mono">{transfer.reference}</span>
            <CopyButton value={transfer.reference} what={t("orders.transfer.reference")} />
          </dd>
        </div>
        {deadline ? (
          <div className="transfer__fact">
            <dt>{t("orders.transfer.deadline")}</dt>
            <dd>
              <span className="transfer__value">
                <time dateTime={transfer.expires_at}>{deadline}</time>
              </span>
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="transfer__note">{t("orders.transfer.amountNote")}</p>
      {deadline ? <p className="transfer__note">{t("orders.transfer.deadlineNote")}</p> : null}
      <p className="transfer__note">{t("orders.transfer.after")}</p>
    </div>
  )
}

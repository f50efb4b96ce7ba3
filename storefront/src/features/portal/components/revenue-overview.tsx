// Keuangan: the template in force, the facility's accounts and every participant's premi balance.
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { useRevenue } from "../api/get-revenue"
import type { FacilityRevenue } from "../api/types"
import { participantStatusLabel } from "./labels"
import { StatusBadge } from "./status-badge"
import { TemplateShares, templateVersionLabel } from "./revenue-template-card"

const ACCOUNTS = ["premi_unassigned", "pnbp", "capital", "royalty", "platform"] as const
const TOTALS = [
  ["earned", "portal.revenue.overview.earned"],
  ["reversed", "portal.revenue.overview.reversed"],
  ["paid_out", "portal.revenue.overview.paidOut"],
  ["balance", "portal.revenue.overview.balance"],
] as const

/** Reversals and payouts may come signed (the ledger stores them negative); the columns show how much. */
const magnitude = (amount: number) => formatRupiah(Math.abs(amount))

export function RevenueOverview() {
  const { t } = useTranslation()
  const { data } = useRevenue()
  return (
    <>
      <div className="portal-columns">
        <section className="portal-card" aria-labelledby="template-heading">
          <h2 id="template-heading" className="portal-card__title">
            {t("portal.revenue.overview.templateHeading")}
          </h2>
          <p className="portal-muted">
            {templateVersionLabel(t, data.template)} · {t("portal.revenue.overview.templateLead")}
          </p>
          <TemplateShares template={data.template} />
          <Link to="/portal/keuangan/template">{t("portal.revenue.overview.templateLink")}</Link>
        </section>
        <section className="portal-card" aria-labelledby="accounts-heading">
          <h2 id="accounts-heading" className="portal-card__title">
            {t("portal.revenue.overview.accountsHeading")}
          </h2>
          <dl className="revenue-accounts">
            {ACCOUNTS.map((account) => (
              <div key={account} className="revenue-accounts__item">
                <dt>{t(`portal.revenue.accounts.${account}`)}</dt>
                <dd>{formatRupiah(data.accounts[account])}</dd>
              </div>
            ))}
          </dl>
          <p className="portal-field__hint">{t("portal.revenue.overview.accountsHint")}</p>
          <h3 className="portal-subtitle">{t("portal.revenue.overview.totalsHeading")}</h3>
          <dl className="revenue-accounts">
            {TOTALS.map(([key, label]) => (
              <div key={key} className="revenue-accounts__item">
                <dt>{t(label)}</dt>
                <dd>{key === "earned" || key === "balance" ? formatRupiah(data.totals[key]) : magnitude(data.totals[key])}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
      <section className="portal-section revenue-participants" aria-labelledby="participants-heading">
        <h2 id="participants-heading" className="portal-subtitle">
          {t("portal.revenue.overview.participantsHeading")}
        </h2>
        <ParticipantBalances data={data} />
      </section>
    </>
  )
}

function ParticipantBalances({ data }: { data: FacilityRevenue }) {
  const { t } = useTranslation()
  if (data.participants.length === 0) {
    return <p className="empty-state">{t("portal.revenue.overview.participantsEmpty")}</p>
  }
  const columns = {
    earned: t("portal.revenue.overview.earned"),
    reversed: t("portal.revenue.overview.reversed"),
    paidOut: t("portal.revenue.overview.paidOut"),
    balance: t("portal.revenue.overview.balance"),
  }
  return (
    <table className="portal-table">
      <thead>
        <tr>
          <th scope="col">{t("portal.revenue.overview.participant")}</th>
          <th scope="col">{t("portal.revenue.overview.status")}</th>
          <th scope="col" className="portal-table__num">{columns.earned}</th>
          <th scope="col" className="portal-table__num">{columns.reversed}</th>
          <th scope="col" className="portal-table__num">{columns.paidOut}</th>
          <th scope="col" className="portal-table__num">{columns.balance}</th>
        </tr>
      </thead>
      <tbody>
        {data.participants.map((p) => (
          <tr key={p.participant_id}>
            <td className="portal-table__main">
              <Link to="/portal/keuangan/peserta/$participantId" params={{ participantId: p.participant_id }}>
                {p.display_name}
              </Link>
            </td>
            <td data-label={t("portal.revenue.overview.status")}>
              <StatusBadge tone={p.status === "active" ? "good" : "muted"}>
                {participantStatusLabel(t, p.status)}
              </StatusBadge>
            </td>
            <td className="portal-table__num" data-label={columns.earned}>
              {formatRupiah(p.earned)}
            </td>
            <td className="portal-table__num" data-label={columns.reversed}>
              {magnitude(p.reversed)}
            </td>
            <td className="portal-table__num" data-label={columns.paidOut}>
              {magnitude(p.paid_out)}
            </td>
            <td className="portal-table__num revenue-balance" data-label={columns.balance}>
              {formatRupiah(p.balance)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

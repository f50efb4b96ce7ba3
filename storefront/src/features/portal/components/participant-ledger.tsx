// A participant's premi: her balance and the ledger entries on her account.
import type { TFunction } from "i18next"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { useRevenueEntries } from "../api/get-revenue-entries"
import type { LedgerEntry, ParticipantBalance } from "../api/types"
import { useLanguage } from "../hooks/use-language"
import { formatDate } from "../utils/format-date"
import { ledgerKindLabel, ledgerShareLabel, payoutMethodLabel } from "./labels"
import { PortalPager } from "./portal-pager"

export function BalanceCard({ balance }: { balance: ParticipantBalance }) {
  const { t } = useTranslation()
  return (
    <section className="portal-card" aria-labelledby="balance-heading">
      <h2 id="balance-heading" className="portal-card__title">
        {t("portal.revenue.participant.balanceHeading")}
      </h2>
      <p className="revenue-big" data-testid="participant-balance">
        {formatRupiah(balance.balance)}
      </p>
      <dl className="revenue-accounts">
        <div className="revenue-accounts__item">
          <dt>{t("portal.revenue.overview.earned")}</dt>
          <dd>{formatRupiah(balance.earned)}</dd>
        </div>
        <div className="revenue-accounts__item">
          <dt>{t("portal.revenue.overview.reversed")}</dt>
          <dd>{formatRupiah(Math.abs(balance.reversed))}</dd>
        </div>
        <div className="revenue-accounts__item">
          <dt>{t("portal.revenue.overview.paidOut")}</dt>
          <dd>{formatRupiah(Math.abs(balance.paid_out))}</dd>
        </div>
      </dl>
    </section>
  )
}

function entryDetail(t: TFunction, entry: LedgerEntry): string {
  const parts: string[] = []
  if (entry.kind === "payout" && entry.payout_method) parts.push(payoutMethodLabel(t, entry.payout_method))
  if (entry.product_title) parts.push(entry.product_title)
  if (entry.share && entry.kind !== "payout") parts.push(ledgerShareLabel(t, entry.share))
  if (entry.order_id) parts.push(t("portal.revenue.participant.order", { id: entry.order_id }))
  if (entry.note) parts.push(entry.note)
  return parts.join(" · ")
}

export function LedgerEntries({
  participantId,
  page,
  pageLink,
}: {
  participantId: string
  page: number
  pageLink: (page: number, label: string, rel: "prev" | "next") => ReactNode
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { data } = useRevenueEntries({ participant_id: participantId, page })
  const columns = {
    date: t("portal.revenue.participant.date"),
    kind: t("portal.revenue.participant.kind"),
    detail: t("portal.revenue.participant.detail"),
    amount: t("portal.revenue.participant.amount"),
  }
  return (
    <section className="portal-section" aria-labelledby="entries-heading">
      <h2 id="entries-heading" className="portal-subtitle">
        {t("portal.revenue.participant.entriesHeading")}
      </h2>
      {data.count === 0 ? (
        <p className="empty-state">{t("portal.revenue.participant.entriesEmpty")}</p>
      ) : (
        <>
          <p className="portal-muted">
            {t("portal.revenue.participant.entriesCount", { count: data.count, sum: formatRupiah(data.sum) })}
          </p>
          <table className="portal-table">
            <thead>
              <tr>
                <th scope="col">{columns.date}</th>
                <th scope="col">{columns.kind}</th>
                <th scope="col">{columns.detail}</th>
                <th scope="col" className="portal-table__num">
                  {columns.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((entry) => (
                <tr key={entry.id}>
                  <td data-label={columns.date}>{formatDate(entry.occurred_at, language)}</td>
                  <td data-label={columns.kind}>{ledgerKindLabel(t, entry.kind)}</td>
                  <td data-label={columns.detail} className="revenue-detail">{entryDetail(t, entry) || t("portal.common.none")}</td>
                  <td
                    data-label={columns.amount}
                    className={`portal-table__num${entry.amount < 0 ? " revenue-amount--out" : ""}`}
                  >
                    {formatRupiah(entry.amount)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <PortalPager page={data.page} pageCount={data.pageCount} renderLink={pageLink} />
        </>
      )}
    </section>
  )
}

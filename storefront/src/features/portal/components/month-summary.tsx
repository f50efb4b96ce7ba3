// The facility's month: the split by share (net of refunds), sales, refunds, payouts and orders; CSV for the books.
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { useDownloadMonthSummary, useMonthSummary } from "../api/get-month-summary"
import { useLanguage } from "../hooks/use-language"
import { formatMonth } from "../utils/month"
import { DownloadResult } from "./download-result"

const SHARES = [
  ["premi", "portal.ledgerShare.premi"],
  ["pnbp", "portal.ledgerShare.pnbp"],
  ["capital", "portal.ledgerShare.capital"],
  ["royalty", "portal.ledgerShare.royalty"],
  ["platform", "portal.ledgerShare.platform"],
] as const

export function MonthSummaryView({ month }: { month: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { data } = useMonthSummary(month)
  const download = useDownloadMonthSummary()
  const item = t("portal.revenue.month.item")
  const amount = t("portal.revenue.month.amount")

  const flow = [
    [t("portal.revenue.month.sales"), data.sales],
    [t("portal.revenue.month.refunds"), data.refunds],
    [t("portal.revenue.month.net"), data.net],
    [t("portal.revenue.month.payouts"), data.payouts],
  ] as const

  return (
    <section aria-labelledby="month-heading">
      <div className="portal-page-header__row">
        <h2 id="month-heading" className="portal-subtitle">
          {t("portal.revenue.month.heading", { facility: data.facility.name, month: formatMonth(data.month, language) })}
        </h2>
        <button
          type="button"
          className="button button--ghost"
          disabled={download.isPending}
          onClick={() => download.mutate(month)}
        >
          {download.isPending ? t("portal.revenue.download.pending") : t("portal.revenue.download.csv")}
        </button>
      </div>
      <DownloadResult mutation={download} />
      <div className="portal-columns">
        <table className="portal-table">
          <caption className="revenue-caption">{t("portal.revenue.month.sharesHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{item}</th>
              <th scope="col" className="portal-table__num">
                {amount}
              </th>
            </tr>
          </thead>
          <tbody>
            {SHARES.map(([share, label]) => (
              <tr key={share}>
                <th scope="row">{t(label)}</th>
                <td className="portal-table__num" data-label={amount}>
                  {formatRupiah(data.shares[share])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="portal-table">
          <caption className="revenue-caption">{t("portal.revenue.month.totalsHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{item}</th>
              <th scope="col" className="portal-table__num">
                {amount}
              </th>
            </tr>
          </thead>
          <tbody>
            {flow.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="portal-table__num" data-label={amount}>
                  {formatRupiah(value)}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t("portal.revenue.month.orders")}</th>
              <td className="portal-table__num" data-label={amount}>
                {t("portal.revenue.month.ordersCount", { count: data.orders })}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  )
}

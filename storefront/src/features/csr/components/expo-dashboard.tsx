// An expo's dashboard: orders, items sold, revenue and the makers' premi; booth against QR sales; revenue and premi
// by day; the best-selling products. Figures come from the ledger through the report route.
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { useExpoReport } from "../api/get-expo-report"
import { useLanguage } from "../hooks/use-language"
import { formatReportDay } from "../utils/dates"
import { BarChart } from "./charts/bar-chart"
import { BarList } from "./charts/bar-list"
import { compactRupiah, peakIndex } from "./charts/scale"
import { KpiCards } from "./kpi-cards"

const number = (language: "id" | "en", n: number) => new Intl.NumberFormat(language === "en" ? "en-GB" : "id-ID").format(n)

export function ExpoDashboard({ expoId }: { expoId: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { data: report } = useExpoReport(expoId)
  const { totals, by_source: bySource, by_day: byDay, top_products: top } = report

  const days = byDay.map((d) => ({
    label: formatReportDay(d.date, language),
    values: { revenue: d.revenue, premi: d.premi },
  }))
  const peak = peakIndex(byDay.map((d) => d.revenue))
  const summary =
    peak < 0
      ? t("csr.dashboard.noSales")
      : t("csr.dashboard.byDaySummary", {
          total: formatRupiah(totals.revenue),
          premi: formatRupiah(totals.premi),
          days: byDay.length,
          peak: formatRupiah(byDay[peak]!.revenue),
          day: days[peak]!.label,
        })

  return (
    <div className="csr-stack">
      <KpiCards
        label={t("csr.dashboard.kpiLabel")}
        items={[
          { key: "orders", label: t("csr.dashboard.orders"), value: number(language, totals.orders) },
          { key: "items", label: t("csr.dashboard.itemsSold"), value: number(language, totals.items_sold) },
          { key: "revenue", label: t("csr.dashboard.revenue"), value: formatRupiah(totals.revenue) },
          { key: "premi", label: t("csr.dashboard.premi"), value: formatRupiah(totals.premi) },
        ]}
      />
      <section className="csr-card" aria-labelledby="by-source-heading">
        <h2 id="by-source-heading" className="csr-card__title">
          {t("csr.dashboard.bySource")}
        </h2>
        <dl className="source-split">
          {(["booth", "qr"] as const).map((source) => (
            <div key={source} className="source-split__item">
              <dt>{t(`csr.sales.sources.${source}`)}</dt>
              <dd>
                <strong>{formatRupiah(bySource[source].revenue)}</strong>
                <span className="csr-muted"> · {t("csr.dashboard.ordersCount", { count: bySource[source].orders })}</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="csr-card" aria-labelledby="by-day-heading">
        <h2 id="by-day-heading" className="csr-card__title">
          {t("csr.dashboard.byDay")}
        </h2>
        {days.length === 0 ? (
          <p className="csr-muted">{t("csr.dashboard.noSales")}</p>
        ) : (
          <BarChart
            title={t("csr.dashboard.byDayChart")}
            summary={summary}
            categoryLabel={t("csr.dashboard.day")}
            series={[
              { key: "revenue", label: t("csr.dashboard.revenue"), tone: "sogan" },
              { key: "premi", label: t("csr.dashboard.premi"), tone: "gold" },
            ]}
            data={days}
            format={formatRupiah}
            formatAxis={(n) => compactRupiah(n, language)}
          />
        )}
      </section>
      <section className="csr-card" aria-labelledby="top-products-heading">
        <h2 id="top-products-heading" className="csr-card__title">
          {t("csr.dashboard.topProducts")}
        </h2>
        {top.length === 0 ? (
          <p className="csr-muted">{t("csr.dashboard.noSales")}</p>
        ) : (
          <BarList
            label={t("csr.dashboard.topProducts")}
            format={formatRupiah}
            items={top.map((p) => ({
              key: p.product_id,
              label: p.title,
              value: p.revenue,
              detail: t("csr.dashboard.sold", { count: p.quantity }),
            }))}
          />
        )}
      </section>
    </div>
  )
}

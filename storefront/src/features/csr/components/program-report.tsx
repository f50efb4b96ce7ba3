// A program's impact report: the period picker, its headline figures, revenue and premi by month, each facility's
// figures (participants trained and earning, premi credited and paid out, products sold, revenue), its expos, and the
// same report as PDF or CSV. Makers are only counted here, never named.
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { invalidDataMessage } from "../../staff/api/staff-fetch"
import { useDownloadProgramReport, useProgramReport, type ReportFormat } from "../api/get-program-report"
import type { ImpactFigures, ProgramReport as Report } from "../api/types"
import { useLanguage } from "../hooks/use-language"
import { useSessionGuard } from "../hooks/use-session-guard"
import { formatReportDate, formatReportMonth, type Language } from "../utils/dates"
import { parsePeriod, type Period, type PeriodProblem } from "../utils/period"
import { BarChart } from "./charts/bar-chart"
import { compactRupiah, peakIndex } from "./charts/scale"
import { Field, FormAlert, FormNotice } from "./form-field"
import { KpiCards } from "./kpi-cards"

const count = (language: Language, n: number) => new Intl.NumberFormat(language === "en" ? "en-GB" : "id-ID").format(n)

type Props = { programId: string; period: Period; onPeriod: (period: Period) => void }

export function ProgramReport({ programId, period, onPeriod }: Props) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { data: report } = useProgramReport(programId, period)

  return (
    <div className="csr-stack">
      <ProgramFacts report={report} />
      <PeriodForm key={`${period.from ?? ""}|${period.to ?? ""}`} period={period} onPeriod={onPeriod} report={report} />
      <KpiCards
        label={t("csr.report.kpiLabel")}
        items={[
          { key: "trained", label: t("csr.report.trained"), value: count(language, report.totals.participants_trained) },
          { key: "earning", label: t("csr.report.earning"), value: count(language, report.totals.participants_earning) },
          { key: "premi-credited", label: t("csr.report.premiCredited"), value: formatRupiah(report.totals.premi_credited) },
          { key: "premi-paid", label: t("csr.report.premiPaid"), value: formatRupiah(report.totals.premi_paid_out) },
          { key: "sold", label: t("csr.report.productsSold"), value: count(language, report.totals.products_sold) },
          { key: "revenue", label: t("csr.report.revenue"), value: formatRupiah(report.totals.revenue) },
        ]}
      />
      <MonthlyChart report={report} />
      <FacilityTable report={report} />
      <ExpoTable report={report} />
      <ReportDownloads report={report} period={period} />
    </div>
  )
}

function ProgramFacts({ report }: { report: Report }) {
  const { t } = useTranslation()
  const { program } = report
  return (
    <section className="csr-card" aria-label={t("csr.report.programLabel")}>
      <dl className="csr-dl">
        <dt>{t("csr.report.sponsor")}</dt>
        <dd>{[program.sponsor.company, program.sponsor.unit].filter(Boolean).join(" · ")}</dd>
        <dt>{t("csr.overview.skills")}</dt>
        <dd>{program.skills.length ? program.skills.join(", ") : t("csr.common.none")}</dd>
        <dt>{t("csr.overview.sdg")}</dt>
        <dd>
          {program.sdg_targets.length
            ? program.sdg_targets.map((target) => t("csr.overview.sdgTarget", { target })).join(", ")
            : t("csr.common.none")}
        </dd>
      </dl>
    </section>
  )
}

function PeriodForm({ period, onPeriod, report }: { period: Period; onPeriod: (p: Period) => void; report: Report }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [from, setFrom] = useState(period.from ?? "")
  const [to, setTo] = useState(period.to ?? "")
  const [problem, setProblem] = useState<PeriodProblem | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parsePeriod(from, to)
    if ("problem" in parsed) return setProblem(parsed.problem)
    setProblem(null)
    onPeriod(parsed.period)
  }

  const shown = {
    from: report.period.from ? formatReportDate(report.period.from, language) : t("csr.report.fromStart"),
    to: report.period.to ? formatReportDate(report.period.to, language) : t("csr.report.untilToday"),
  }

  return (
    <form className="csr-card period-form" onSubmit={submit} noValidate aria-labelledby="period-heading">
      <h2 id="period-heading" className="csr-card__title">
        {t("csr.report.period")}
      </h2>
      <p className="period-form__current" data-testid="report-period">
        {t("csr.report.periodShown", shown)}
      </p>
      <div className="period-form__row">
        <Field
          id="report-from"
          label={t("csr.report.from")}
          error={problem === "from" ? t("csr.report.badDay") : undefined}
        >
          {(control) => <input {...control} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}
        </Field>
        <Field
          id="report-to"
          label={t("csr.report.to")}
          error={problem === "to" ? t("csr.report.badDay") : problem === "order" ? t("csr.report.toBeforeFrom") : undefined}
        >
          {(control) => <input {...control} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}
        </Field>
        <div className="csr-actions period-form__actions">
          <button type="submit" className="button">
            {t("csr.report.apply")}
          </button>
          {(period.from || period.to) && (
            <button type="button" className="button button--ghost" onClick={() => onPeriod({})}>
              {t("csr.report.allTime")}
            </button>
          )}
        </div>
      </div>
    </form>
  )
}

function MonthlyChart({ report }: { report: Report }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const months = report.by_month.map((m) => ({
    label: formatReportMonth(m.month, language),
    values: { revenue: m.revenue, premi: m.premi },
  }))
  const peak = peakIndex(report.by_month.map((m) => m.revenue))
  return (
    <section className="csr-card" aria-labelledby="by-month-heading">
      <h2 id="by-month-heading" className="csr-card__title">
        {t("csr.report.byMonth")}
      </h2>
      {peak < 0 ? (
        <p className="csr-muted">{t("csr.report.noSales")}</p>
      ) : (
        <BarChart
          title={t("csr.report.byMonthChart")}
          summary={t("csr.report.byMonthSummary", {
            total: formatRupiah(report.totals.revenue),
            premi: formatRupiah(report.totals.premi_credited),
            peak: formatRupiah(report.by_month[peak]!.revenue),
            month: months[peak]!.label,
          })}
          categoryLabel={t("csr.report.month")}
          series={[
            { key: "revenue", label: t("csr.report.revenue"), tone: "sogan" },
            { key: "premi", label: t("csr.report.premiCredited"), tone: "gold" },
          ]}
          data={months}
          format={formatRupiah}
          formatAxis={(n) => compactRupiah(n, language)}
        />
      )}
    </section>
  )
}

const FIGURES: { key: keyof ImpactFigures; label: string; money: boolean }[] = [
  { key: "participants_trained", label: "csr.report.trained", money: false },
  { key: "participants_earning", label: "csr.report.earning", money: false },
  { key: "premi_credited", label: "csr.report.premiCredited", money: true },
  { key: "premi_paid_out", label: "csr.report.premiPaid", money: true },
  { key: "products_sold", label: "csr.report.productsSold", money: false },
  { key: "revenue", label: "csr.report.revenue", money: true },
]

function FacilityTable({ report }: { report: Report }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const label = (key: string) => (t as (k: string) => string)(key)
  const show = (figures: ImpactFigures, f: (typeof FIGURES)[number]) =>
    f.money ? formatRupiah(figures[f.key]) : count(language, figures[f.key])
  return (
    <section className="csr-card" aria-labelledby="facilities-heading">
      <h2 id="facilities-heading" className="csr-card__title">
        {t("csr.report.facilities")}
      </h2>
      <div className="csr-table-scroll">
        <table className="csr-table">
          <thead>
            <tr>
              <th scope="col">{t("csr.report.facility")}</th>
              {FIGURES.map((f) => (
                <th key={f.key} scope="col" className="csr-table__num">
                  {label(f.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.facilities.map((facility) => (
              <tr key={facility.id}>
                <th scope="row">
                  {facility.name}
                  <span className="csr-table__sub">{facility.city}</span>
                </th>
                {FIGURES.map((f) => (
                  <td key={f.key} className="csr-table__num" data-label={label(f.label)}>
                    {show(facility, f)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("csr.report.total")}</th>
              {FIGURES.map((f) => (
                <td key={f.key} className="csr-table__num" data-label={label(f.label)}>
                  {show(report.totals, f)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  )
}

function ExpoTable({ report }: { report: Report }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <section className="csr-card" aria-labelledby="report-expos-heading">
      <h2 id="report-expos-heading" className="csr-card__title">
        {t("csr.report.expos")}
      </h2>
      {report.expos.length === 0 ? (
        <p className="csr-muted">{t("csr.report.noExpos")}</p>
      ) : (
        <table className="csr-table">
          <thead>
            <tr>
              <th scope="col">{t("csr.report.expo")}</th>
              <th scope="col" className="csr-table__num">
                {t("csr.dashboard.orders")}
              </th>
              <th scope="col" className="csr-table__num">
                {t("csr.report.revenue")}
              </th>
              <th scope="col" className="csr-table__num">
                {t("csr.dashboard.premi")}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.expos.map((expo) => (
              <tr key={expo.handle}>
                <th scope="row">{expo.name}</th>
                <td className="csr-table__num" data-label={t("csr.dashboard.orders")}>
                  {count(language, expo.orders)}
                </td>
                <td className="csr-table__num" data-label={t("csr.report.revenue")}>
                  {formatRupiah(expo.revenue)}
                </td>
                <td className="csr-table__num" data-label={t("csr.dashboard.premi")}>
                  {formatRupiah(expo.premi)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function ReportDownloads({ report, period }: { report: Report; period: Period }) {
  const { t } = useTranslation()
  const download = useDownloadProgramReport(report.program)
  const guard = useSessionGuard()
  const [format, setFormat] = useState<ReportFormat | null>(null)
  const start = (next: ReportFormat) => {
    setFormat(next)
    download.mutate({ period, format: next }, { onError: (error) => void guard(error) })
  }
  return (
    <section className="csr-card" aria-labelledby="report-downloads-heading">
      <h2 id="report-downloads-heading" className="csr-card__title">
        {t("csr.report.downloads")}
      </h2>
      <p className="csr-muted">{t("csr.report.downloadsLead")}</p>
      <div className="csr-actions">
        {(["pdf", "csv"] as const).map((f) => (
          <button key={f} type="button" className="button button--ghost" disabled={download.isPending} onClick={() => start(f)}>
            {download.isPending && format === f ? t("csr.downloads.pending") : t(`csr.report.download.${f}`)}
          </button>
        ))}
      </div>
      {download.isError && <FormAlert message={invalidDataMessage(download.error) ?? t("csr.downloads.failed")} />}
      <FormNotice message={download.data && !download.isPending ? t("csr.downloads.done", { name: download.data }) : null} />
    </section>
  )
}

// A participant's monthly statement, downloaded as PDF or CSV for the chosen month.
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useDownloadStatement, type StatementFormat } from "../api/get-statement"
import { isMonth } from "../utils/is-month"
import { currentMonth } from "../utils/month"
import { DownloadResult } from "./download-result"
import { MonthField } from "./month-field"

export function StatementDownloads({ participantId }: { participantId: string }) {
  const { t } = useTranslation()
  const [month, setMonth] = useState(() => currentMonth())
  const download = useDownloadStatement()
  const [format, setFormat] = useState<StatementFormat | null>(null)

  const start = (next: StatementFormat) => {
    setFormat(next)
    download.mutate({ participantId, month, format: next })
  }

  return (
    <section className="portal-card" aria-labelledby="statements-heading">
      <h2 id="statements-heading" className="portal-card__title">
        {t("portal.revenue.participant.statementsHeading")}
      </h2>
      <p className="portal-muted">{t("portal.revenue.participant.statementsLead")}</p>
      <MonthField
        id="statement-month"
        label={t("portal.revenue.participant.month")}
        value={month}
        onChange={(next) => {
          setMonth(next)
          download.reset()
        }}
      />
      <div className="portal-actions">
        {(["pdf", "csv"] as const).map((f) => (
          <button
            key={f}
            type="button"
            className="button button--ghost"
            disabled={download.isPending || !isMonth(month)}
            onClick={() => start(f)}
          >
            {download.isPending && format === f ? t("portal.revenue.download.pending") : t(`portal.revenue.download.${f}`)}
          </button>
        ))}
      </div>
      <DownloadResult mutation={download} />
    </section>
  )
}

// For facility managers, on a participant's page: who read her legal name and registration number, when and how
// (the participant access log). The log names readers by email; it never repeats the private values themselves.
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useAccessLog } from "../api/get-access-log"
import { useLanguage } from "../hooks/use-language"
import { accessSource, formatAccessTime } from "../utils/access-log"

const PAGE = 20
const LOCALES = { id: "id-ID", en: "en-GB" } as const

export function AccessLogPanel({ participantId }: { participantId: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [limit, setLimit] = useState(PAGE)
  const { data, isPending, isError, isFetching } = useAccessLog({ participant_id: participantId, limit })
  return (
    <section className="portal-card" aria-labelledby="access-log-heading">
      <h2 id="access-log-heading" className="portal-card__title">
        {t("portal.accessLog.title")}
      </h2>
      <p className="portal-field__hint">{t("portal.accessLog.hint")}</p>
      {isPending ? (
        <p className="portal-muted">{t("portal.accessLog.loading")}</p>
      ) : isError || !data ? (
        <p role="alert">{t("portal.accessLog.error")}</p>
      ) : data.count === 0 ? (
        <p className="empty-state">{t("portal.accessLog.empty")}</p>
      ) : (
        <>
          <ul className="access-log" aria-label={t("portal.accessLog.title")}>
            {data.entries.map((entry) => (
              <li key={entry.id}>
                <strong>{entry.actor.email ?? t("portal.accessLog.unknownReader")}</strong>
                {entry.actor.type === "user" ? ` (${t("portal.accessLog.operator")})` : ""}
                <br />
                <span className="portal-muted">
                  {formatAccessTime(entry.created_at, LOCALES[language])} · {t(`portal.accessLog.source.${accessSource(entry.route)}`)}
                </span>
              </li>
            ))}
          </ul>
          <p className="portal-muted">{t("portal.accessLog.count", { shown: data.entries.length, count: data.count })}</p>
          {data.entries.length < data.count ? (
            <button type="button" className="button button--ghost" disabled={isFetching} onClick={() => setLimit((l) => Math.min(l + PAGE, 200))}>
              {t("portal.accessLog.more")}
            </button>
          ) : null}
        </>
      )}
    </section>
  )
}

// The facility's motifs: title, status, DJKI numbers, creators and royalty.
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { usePortalMotifs } from "../api/get-motifs"
import { bpsToPercent } from "../utils/motif-form"
import { StatusBadge } from "./status-badge"

export function MotifList() {
  const { t, i18n } = useTranslation()
  const { data } = usePortalMotifs()
  const separator = i18n.language?.startsWith("en") ? "." : ","
  if (data.count === 0) return <p className="empty-state">{t("portal.motifs.empty")}</p>
  return (
    <>
      <p className="portal-muted">{t("portal.motifs.count", { count: data.count })}</p>
      <table className="portal-table">
        <thead>
          <tr>
            <th scope="col">{t("portal.motifs.titleColumn")}</th>
            <th scope="col">{t("portal.motifs.status")}</th>
            <th scope="col">{t("portal.motifs.numbers")}</th>
            <th scope="col">{t("portal.motifs.creators")}</th>
            <th scope="col">{t("portal.motifs.royalty")}</th>
          </tr>
        </thead>
        <tbody>
          {data.motifs.map((m) => (
            <tr key={m.id}>
              <td className="portal-table__main">
                <Link to="/portal/motif/$id" params={{ id: m.id }}>
                  {m.title}
                </Link>
              </td>
              <td data-label={t("portal.motifs.status")}>
                <StatusBadge tone={m.status === "registered" ? "good" : m.status === "expired" ? "warn" : "muted"}>
                  {t(`portal.motifStatus.${m.status}`)}
                </StatusBadge>
              </td>
              <td data-label={t("portal.motifs.numbers")}>
                {m.application_number || m.registration_number ? (
                  <>
                    {m.application_number && <div>{t("portal.motifs.application", { number: m.application_number })}</div>}
                    {m.registration_number && <div>{t("portal.motifs.registration", { number: m.registration_number })}</div>}
                  </>
                ) : (
                  t("portal.common.none")
                )}
              </td>
              <td data-label={t("portal.motifs.creators")}>
                {m.creators.length ? m.creators.map((c) => c.label).join(", ") : t("portal.common.none")}
              </td>
              <td data-label={t("portal.motifs.royalty")}>{bpsToPercent(m.licence.royalty_bps, separator)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.usable_from_other_facilities.length > 0 && (
        <section className="portal-card" aria-labelledby="motifs-usable-heading">
          <h2 id="motifs-usable-heading" className="portal-card__title">
            {t("portal.motifs.usableHeading")}
          </h2>
          <ul>
            {data.usable_from_other_facilities.map((m) => (
              <li key={m.id}>
                {m.title}
                {m.facility && ` — ${m.facility.short_name}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

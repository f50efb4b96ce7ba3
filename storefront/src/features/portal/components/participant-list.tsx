import { Link } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useParticipants, type GetParticipantsParams } from "../api/get-participants"
import type { ParticipantStatus } from "../api/types"
import { consentState } from "../utils/consent"
import { consentLabel, participantStatusLabel, skillLabel } from "./labels"
import { ListFilters, type ListSearch } from "./list-filters"
import { PortalPager } from "./portal-pager"
import { StatusBadge } from "./status-badge"

const PARTICIPANT_STATUSES = ["active", "released", "transferred"] as const

export function ParticipantFilters({
  params,
  onSearch,
}: {
  params: GetParticipantsParams
  onSearch: (search: ListSearch<ParticipantStatus>) => void
}) {
  const { t } = useTranslation()
  const statuses = PARTICIPANT_STATUSES.map((s) => ({ value: s, label: participantStatusLabel(t, s) }))
  return (
    <ListFilters list="participants" idPrefix="participant" statuses={statuses} params={params} onSearch={onSearch} />
  )
}

export function ParticipantList({
  params,
  pageLink,
}: {
  params: GetParticipantsParams
  pageLink: (page: number, label: string, rel: "prev" | "next") => ReactNode
}) {
  const { t } = useTranslation()
  const { data } = useParticipants(params)
  if (data.count === 0) {
    return (
      <p className="empty-state">
        {params.q || params.status ? t("portal.participants.noMatch") : t("portal.participants.empty")}
      </p>
    )
  }
  return (
    <>
      <p className="portal-muted">{t("portal.participants.count", { count: data.count })}</p>
      <table className="portal-table">
        <thead>
          <tr>
            <th scope="col">{t("portal.participants.name")}</th>
            <th scope="col">{t("portal.participants.status")}</th>
            <th scope="col">{t("portal.participants.consent")}</th>
            <th scope="col">{t("portal.participants.skills")}</th>
          </tr>
        </thead>
        <tbody>
          {data.participants.map((p) => {
            const consent = consentState(p)
            return (
              <tr key={p.id}>
                <td className="portal-table__main">
                  <Link to="/portal/peserta/$id" params={{ id: p.id }}>
                    {p.display_name}
                  </Link>
                </td>
                <td data-label={t("portal.participants.status")}>
                  <StatusBadge tone={p.status === "active" ? "good" : "muted"}>
                    {participantStatusLabel(t, p.status)}
                  </StatusBadge>
                </td>
                <td data-label={t("portal.participants.consent")}>
                  <StatusBadge tone={consent === "given" ? "good" : consent === "withdrawn" ? "warn" : "muted"}>
                    {consentLabel(t, consent)}
                  </StatusBadge>
                </td>
                <td data-label={t("portal.participants.skills")}>
                  {p.skills.length ? p.skills.map((s) => skillLabel(t, s)).join(", ") : t("portal.common.none")}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <PortalPager page={data.page} pageCount={data.pageCount} renderLink={pageLink} />
    </>
  )
}

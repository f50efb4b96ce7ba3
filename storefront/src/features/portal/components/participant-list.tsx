import { Link } from "@tanstack/react-router"
import { useState, type FormEvent, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useParticipants, type GetParticipantsParams } from "../api/get-participants"
import type { ParticipantStatus } from "../api/types"
import { consentState } from "../utils/consent"
import { consentLabel, participantStatusLabel, skillLabel } from "./labels"
import { PortalPager } from "./portal-pager"
import { StatusBadge } from "./status-badge"

export function ParticipantFilters({
  params,
  onSearch,
}: {
  params: GetParticipantsParams
  onSearch: (search: { q?: string; status?: ParticipantStatus }) => void
}) {
  const { t } = useTranslation()
  const [q, setQ] = useState(params.q ?? "")
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSearch({ q: q.trim() || undefined, status: params.status })
  }
  return (
    <form className="portal-filters" role="search" onSubmit={submit}>
      <div className="portal-field portal-filters__search">
        <label htmlFor="participant-q" className="portal-field__label">
          {t("portal.participants.searchLabel")}
        </label>
        <input
          id="participant-q"
          type="search"
          value={q}
          placeholder={t("portal.participants.searchPlaceholder")}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <div className="portal-field">
        <label htmlFor="participant-status" className="portal-field__label">
          {t("portal.participants.statusLabel")}
        </label>
        <select
          id="participant-status"
          value={params.status ?? ""}
          onChange={(e) =>
            onSearch({
              q: q.trim() || undefined,
              status: e.target.value === "" ? undefined : (e.target.value as ParticipantStatus),
            })
          }
        >
          <option value="">{t("portal.common.all")}</option>
          {(["active", "released", "transferred"] as const).map((s) => (
            <option key={s} value={s}>
              {participantStatusLabel(t, s)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--ghost">
        {t("portal.common.search")}
      </button>
    </form>
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

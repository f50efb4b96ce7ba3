import { createLazyRoute, Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { ParticipantFilters, ParticipantList } from "../../../features/portal/components/participant-list"
import { PortalError } from "../../../features/portal/components/portal-error"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { PortalPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/staff/peserta")({
  component: ParticipantsRoute,
  errorComponent: PortalError,
})

function ParticipantsRoute() {
  const { t } = useTranslation()
  usePortalTitle(t("portal.participants.title"))
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const params = { q: search.q, status: search.status, page: search.page ?? 1 }
  return (
    <>
      <PortalPageHeader
        title={t("portal.participants.title")}
        action={
          <Link to="/portal/peserta/baru" className="button">
            {t("portal.participants.new")}
          </Link>
        }
      />
      <ParticipantFilters
        key={`${search.q ?? ""}|${search.status ?? ""}`}
        params={params}
        onSearch={(next) => void navigate({ search: { ...next, page: undefined } })}
      />
      <ParticipantList
        params={params}
        pageLink={(page, label, rel) => (
          <Link
            to="/portal/peserta"
            search={{ ...search, page: page > 1 ? page : undefined }}
            className="button button--ghost"
            rel={rel}
          >
            {label}
          </Link>
        )}
      />
    </>
  )
}

import { createLazyRoute, Link, useNavigate } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { ParticipantForm } from "../../../features/portal/components/participant-form"
import { PortalError } from "../../../features/portal/components/portal-error"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { PortalPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/staff/peserta/baru")({
  component: NewParticipantRoute,
  errorComponent: PortalError,
})

export function BackToParticipants() {
  const { t } = useTranslation()
  return (
    <Link to="/portal/peserta" className="back-link">
      <span aria-hidden="true">←</span> {t("portal.participant.back")}
    </Link>
  )
}

function NewParticipantRoute() {
  const { t } = useTranslation()
  usePortalTitle(t("portal.participant.newTitle"))
  const navigate = useNavigate()
  return (
    <>
      <PortalPageHeader title={t("portal.participant.newTitle")} back={<BackToParticipants />} />
      <ParticipantForm
        onCreated={(p) => void navigate({ to: "/portal/peserta/$id", params: { id: p.id } })}
      />
    </>
  )
}

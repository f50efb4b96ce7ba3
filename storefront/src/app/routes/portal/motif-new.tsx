import { createLazyRoute, Link, useNavigate } from "@tanstack/react-router"
import { useSuspenseQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { getActiveMakersQueryOptions } from "../../../features/portal/api/get-participants"
import { MotifForm } from "../../../features/portal/components/motif-form"
import { PortalError } from "../../../features/portal/components/portal-error"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { PortalPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/staff/motif/baru")({
  component: NewMotifRoute,
  errorComponent: PortalError,
})

export function BackToMotifs() {
  const { t } = useTranslation()
  return (
    <Link to="/portal/motif" className="back-link">
      <span aria-hidden="true">←</span> {t("portal.motif.back")}
    </Link>
  )
}

function NewMotifRoute() {
  const { t } = useTranslation()
  usePortalTitle(t("portal.motif.newTitle"))
  const navigate = useNavigate()
  const { data: makers } = useSuspenseQuery(getActiveMakersQueryOptions())
  return (
    <>
      <PortalPageHeader title={t("portal.motif.newTitle")} back={<BackToMotifs />} />
      <MotifForm
        participants={makers.participants}
        onCreated={(m) => void navigate({ to: "/portal/motif/$id", params: { id: m.id } })}
      />
    </>
  )
}

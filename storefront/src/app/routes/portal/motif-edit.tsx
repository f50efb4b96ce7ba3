import { createLazyRoute } from "@tanstack/react-router"
import { useSuspenseQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { usePortalMotif } from "../../../features/portal/api/get-motif"
import { getActiveMakersQueryOptions } from "../../../features/portal/api/get-participants"
import { MotifForm } from "../../../features/portal/components/motif-form"
import { PortalError } from "../../../features/portal/components/portal-error"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { BackToMotifs } from "./motif-new"
import { PortalPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/staff/motif/$id")({
  component: EditMotifRoute,
  errorComponent: PortalError,
})

function EditMotifRoute() {
  const { t } = useTranslation()
  const { id } = Route.useParams()
  const { data: motif } = usePortalMotif(id)
  const { data: makers } = useSuspenseQuery(getActiveMakersQueryOptions())
  usePortalTitle(motif.title)
  return (
    <>
      <PortalPageHeader title={motif.title || t("portal.motif.editTitle")} back={<BackToMotifs />} />
      <MotifForm motif={motif} participants={makers.participants} />
    </>
  )
}

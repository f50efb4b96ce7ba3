import { createLazyRoute, Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { MotifList } from "../../../features/portal/components/motif-list"
import { PortalError } from "../../../features/portal/components/portal-error"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { PortalPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/staff/motif")({
  component: MotifsRoute,
  errorComponent: PortalError,
})

function MotifsRoute() {
  const { t } = useTranslation()
  usePortalTitle(t("portal.motifs.title"))
  return (
    <>
      <PortalPageHeader
        title={t("portal.motifs.title")}
        action={
          <Link to="/portal/motif/baru" className="button">
            {t("portal.motifs.new")}
          </Link>
        }
      />
      <MotifList />
    </>
  )
}

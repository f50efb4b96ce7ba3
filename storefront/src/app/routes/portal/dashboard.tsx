import { createLazyRoute } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { Dashboard } from "../../../features/portal/components/dashboard"
import { PortalError } from "../../../features/portal/components/portal-error"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"

export const Route = createLazyRoute("/portal/staff/")({
  component: DashboardRoute,
  errorComponent: PortalError,
})

function DashboardRoute() {
  const { t } = useTranslation()
  usePortalTitle(t("portal.dashboard.title"))
  return <Dashboard />
}

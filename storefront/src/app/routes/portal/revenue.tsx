import { createLazyRoute } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { PortalError } from "../../../features/portal/components/portal-error"
import { RevenueOverview } from "../../../features/portal/components/revenue-overview"
import { RevenueTabs } from "../../../features/portal/components/revenue-tabs"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { PortalPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/staff/keuangan")({
  component: RevenueRoute,
  errorComponent: PortalError,
})

function RevenueRoute() {
  const { t } = useTranslation()
  usePortalTitle(t("portal.revenue.title"))
  return (
    <>
      <PortalPageHeader title={t("portal.revenue.title")} />
      <RevenueTabs />
      <RevenueOverview />
    </>
  )
}

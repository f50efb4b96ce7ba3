import { createLazyRoute } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useMe } from "../../../features/portal/api/get-me"
import { PortalError } from "../../../features/portal/components/portal-error"
import { TemplateForm, TemplateVersions } from "../../../features/portal/components/revenue-template-form"
import { RevenueTabs } from "../../../features/portal/components/revenue-tabs"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"
import { PortalPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/staff/keuangan/template")({
  component: RevenueTemplateRoute,
  errorComponent: PortalError,
})

function RevenueTemplateRoute() {
  const { t } = useTranslation()
  usePortalTitle(t("portal.revenue.template.title"))
  const { data: me } = useMe()
  return (
    <>
      <PortalPageHeader title={t("portal.revenue.title")} />
      <RevenueTabs />
      <TemplateVersions />
      <div className="revenue-template-form">
        {me.staff.role === "manager" ? (
          <TemplateForm />
        ) : (
          <p className="portal-alert portal-alert--info">{t("portal.revenue.template.readOnly")}</p>
        )}
      </div>
    </>
  )
}

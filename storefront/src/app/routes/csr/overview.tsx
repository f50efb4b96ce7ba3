import { createLazyRoute } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useCsrMe } from "../../../features/csr/api/get-me"
import { CsrError } from "../../../features/csr/components/csr-error"
import { Overview } from "../../../features/csr/components/overview"
import { useCsrTitle } from "../../../features/csr/hooks/use-csr-title"
import { CsrPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/csr/officer/")({
  component: OverviewRoute,
  errorComponent: CsrError,
})

function OverviewRoute() {
  const { t } = useTranslation()
  const { data: me } = useCsrMe()
  useCsrTitle(t("csr.overview.title"))
  return (
    <>
      <CsrPageHeader title={t("csr.overview.title")} lead={t("csr.overview.lead", { name: me.staff.name })} />
      <Overview />
    </>
  )
}

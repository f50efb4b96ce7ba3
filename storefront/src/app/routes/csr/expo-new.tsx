import { createLazyRoute, Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useCsrPrograms } from "../../../features/csr/api/get-programs"
import { CsrError } from "../../../features/csr/components/csr-error"
import { NewExpoForm } from "../../../features/csr/components/expo-form"
import { useCsrTitle } from "../../../features/csr/hooks/use-csr-title"
import { CsrPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/csr/officer/expo/baru")({
  component: NewExpoRoute,
  errorComponent: CsrError,
})

export function BackToOverview() {
  const { t } = useTranslation()
  return (
    <Link to="/portal/csr" className="back-link">
      ← {t("csr.nav.backToOverview")}
    </Link>
  )
}

function NewExpoRoute() {
  const { t } = useTranslation()
  const { data: programs } = useCsrPrograms()
  useCsrTitle(t("csr.expo.newTitle"))
  return (
    <>
      <CsrPageHeader title={t("csr.expo.newTitle")} lead={t("csr.expo.newLead")} back={<BackToOverview />} />
      <NewExpoForm programs={programs} />
    </>
  )
}

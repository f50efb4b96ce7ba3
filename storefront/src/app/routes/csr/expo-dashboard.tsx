import { createLazyRoute, Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useCsrExpo } from "../../../features/csr/api/get-expo"
import { CsrError } from "../../../features/csr/components/csr-error"
import { ExpoDashboard } from "../../../features/csr/components/expo-dashboard"
import { useCsrTitle } from "../../../features/csr/hooks/use-csr-title"
import { useLanguage } from "../../../features/csr/hooks/use-language"
import { formatExpoDates } from "../../../features/csr/utils/dates"
import { CsrPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/csr/officer/expo/$id/dasbor")({
  component: ExpoDashboardRoute,
  errorComponent: CsrError,
})

function ExpoDashboardRoute() {
  const { t } = useTranslation()
  const language = useLanguage()
  const { id } = Route.useParams()
  const { data: expo } = useCsrExpo(id)
  const title = t("csr.dashboard.title", { name: expo.name })
  useCsrTitle(title)
  return (
    <>
      <CsrPageHeader
        title={title}
        lead={`${formatExpoDates(expo.starts_at, expo.ends_at, language) ?? ""} · ${expo.venue}, ${expo.city}`}
        back={
          <Link to="/portal/csr/expo/$id" params={{ id }} className="back-link">
            ← {expo.name}
          </Link>
        }
        action={
          <Link to="/portal/csr/expo/$id/booth" params={{ id }} className="button csr-button--compact">
            {t("csr.expo.openBooth")}
          </Link>
        }
      />
      <ExpoDashboard expoId={id} />
    </>
  )
}

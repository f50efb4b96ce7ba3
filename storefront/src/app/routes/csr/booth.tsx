import { createLazyRoute, Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useBooth } from "../../../features/csr/api/get-booth"
import { BoothView } from "../../../features/csr/components/booth/booth-view"
import { CsrError } from "../../../features/csr/components/csr-error"
import { useCsrTitle } from "../../../features/csr/hooks/use-csr-title"
import { CsrPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/csr/officer/expo/$id/booth")({
  component: BoothRoute,
  errorComponent: CsrError,
})

function BoothRoute() {
  const { t } = useTranslation()
  const { id } = Route.useParams()
  const { data: booth } = useBooth(id)
  const title = t("csr.booth.title", { name: booth.expo.name })
  useCsrTitle(title)
  return (
    <>
      <CsrPageHeader
        title={title}
        back={
          <Link to="/portal/csr/expo/$id" params={{ id }} className="back-link">
            ← {booth.expo.name}
          </Link>
        }
        action={
          <Link to="/portal/csr/expo/$id/dasbor" params={{ id }} className="button button--ghost csr-button--compact">
            {t("csr.expo.openDashboard")}
          </Link>
        }
      />
      <BoothView expoId={id} />
    </>
  )
}

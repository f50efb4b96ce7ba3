import { createLazyRoute } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useCsrExpo } from "../../../features/csr/api/get-expo"
import { useCsrPrograms } from "../../../features/csr/api/get-programs"
import { CsrError } from "../../../features/csr/components/csr-error"
import { ExpoDownloads } from "../../../features/csr/components/expo-downloads"
import { EditExpoForm } from "../../../features/csr/components/expo-form"
import { ExpoProducts } from "../../../features/csr/components/expo-products"
import { ExpoSummary } from "../../../features/csr/components/expo-summary"
import { useCsrTitle } from "../../../features/csr/hooks/use-csr-title"
import { BackToOverview } from "./expo-new"
import { CsrPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/csr/officer/expo/$id")({
  component: ExpoRoute,
  errorComponent: CsrError,
})

function ExpoRoute() {
  const { t } = useTranslation()
  const { id } = Route.useParams()
  const { data: expo } = useCsrExpo(id)
  const { data: programs } = useCsrPrograms()
  const program = programs.find((p) => p.id === expo.program_id)
  useCsrTitle(expo.name)
  return (
    <>
      <CsrPageHeader title={expo.name} back={<BackToOverview />} />
      <div className="csr-columns">
        <div className="csr-stack">
          <ExpoSummary expo={expo} program={program} />
          <ExpoDownloads expo={expo} />
          <ExpoProducts expo={expo} program={program} />
        </div>
        <section aria-labelledby="expo-edit-heading">
          <h2 id="expo-edit-heading" className="csr-section-title">
            {t("csr.expo.editHeading")}
          </h2>
          <EditExpoForm key={expo.id} expo={expo} />
        </section>
      </div>
    </>
  )
}

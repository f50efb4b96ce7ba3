import { createLazyRoute, useNavigate } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useCsrPrograms } from "../../../features/csr/api/get-programs"
import { CsrError } from "../../../features/csr/components/csr-error"
import { ProgramReport } from "../../../features/csr/components/program-report"
import { useCsrTitle } from "../../../features/csr/hooks/use-csr-title"
import { BackToOverview } from "./expo-new"
import { CsrPageHeader } from "./page-header"

export const Route = createLazyRoute("/portal/csr/officer/program/$id")({
  component: ProgramReportRoute,
  errorComponent: CsrError,
})

function ProgramReportRoute() {
  const { t } = useTranslation()
  const { id } = Route.useParams()
  const search = Route.useSearch()
  const navigate = useNavigate()
  const { data: programs } = useCsrPrograms()
  const name = programs.find((p) => p.id === id)?.name ?? ""
  const title = t("csr.report.title", { name })
  useCsrTitle(title)
  return (
    <>
      <CsrPageHeader title={title} back={<BackToOverview />} />
      <ProgramReport
        programId={id}
        period={search}
        onPeriod={(period) =>
          void navigate({ to: "/portal/csr/program/$id", params: { id }, search: period, replace: true })
        }
      />
    </>
  )
}

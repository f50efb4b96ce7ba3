// /lapas: the facilities whose makers sell on Karya Lapas, each linked to its page.
import "../../features/facilities/i18n"
import "../../features/facilities/facilities.css"
import { createLazyRoute, type ErrorComponentProps } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Loading } from "../../components/ui/loading"
import { useFacilities } from "../../features/facilities/api/get-facilities"
import { FacilityCard } from "../../features/facilities/components/facility-card"
import { useDocumentTitle } from "../../hooks/use-document-title"
import { RouteErrorState } from "./page-error"

export const Route = createLazyRoute("/lapas")({
  component: FacilitiesRoute,
  pendingComponent: FacilitiesPending,
  errorComponent: FacilitiesError,
})

function FacilitiesShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  useDocumentTitle(t("facility.listTitle"), t("facility.listDescription"))
  return (
    <div className="container facilities-page">
      <h1 className="page-title">{t("facility.listHeading")}</h1>
      <p className="page-lead">{t("facility.listLead")}</p>
      {children}
    </div>
  )
}

function FacilitiesRoute() {
  const { t } = useTranslation()
  const { data: facilities } = useFacilities()
  return (
    <FacilitiesShell>
      {facilities.length === 0 ? (
        <p className="empty-state">{t("facility.listEmpty")}</p>
      ) : (
        <ul className="facility-grid">
          {facilities.map((facility) => (
            <li key={facility.id}>
              <FacilityCard facility={facility} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
    </FacilitiesShell>
  )
}

function FacilitiesPending() {
  const { t } = useTranslation()
  return (
    <FacilitiesShell>
      <Loading label={t("facility.loading")} />
    </FacilitiesShell>
  )
}

function FacilitiesError({ error }: ErrorComponentProps) {
  const { t } = useTranslation()
  return (
    <FacilitiesShell>
      <RouteErrorState error={error} title={t("facility.listTitle")} body={t("facility.errorBody")} />
    </FacilitiesShell>
  )
}

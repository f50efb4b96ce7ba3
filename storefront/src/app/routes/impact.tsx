// /dampak: the public impact page, loaded on first visit so the catalogue's bundle does not carry it.
import "../../features/impact/impact.css"
import { useQueryErrorResetBoundary } from "@tanstack/react-query"
import { createLazyRoute, useRouter, type ErrorComponentProps } from "@tanstack/react-router"
import { useEffect, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../components/errors/error-state"
import { Loading } from "../../components/ui/loading"
import { ImpactSummary } from "../../features/impact/components/impact-summary"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/dampak")({
  component: ImpactRoute,
  pendingComponent: ImpactPending,
  errorComponent: ImpactError,
})

function ImpactShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  useDocumentTitle(t("impact.title"))
  return (
    <div className="container impact-page">
      <h1 className="impact-page__title">{t("impact.heading")}</h1>
      <p className="impact-page__lead">{t("impact.lead")}</p>
      {children}
    </div>
  )
}

function ImpactRoute() {
  return (
    <ImpactShell>
      <ImpactSummary />
    </ImpactShell>
  )
}

function ImpactPending() {
  const { t } = useTranslation()
  return (
    <ImpactShell>
      <Loading label={t("impact.loading")} />
    </ImpactShell>
  )
}

function ImpactError({ error }: ErrorComponentProps) {
  const { t } = useTranslation()
  const router = useRouter()
  const queryErrorResetBoundary = useQueryErrorResetBoundary()
  useEffect(() => {
    queryErrorResetBoundary.reset()
  }, [queryErrorResetBoundary])
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <ImpactShell>
      <ErrorState body={t("impact.errorBody")} onRetry={() => void router.invalidate()} />
    </ImpactShell>
  )
}

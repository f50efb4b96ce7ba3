// Errors inside the portal: an expired session goes back to sign-in, 404 says "not yours or not there".
import { useQueryErrorResetBoundary } from "@tanstack/react-query"
import { useRouter, type ErrorComponentProps } from "@tanstack/react-router"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../../components/errors/error-state"
import { errorStatus } from "../api/portal-fetch"
import { clearStaffToken } from "../api/staff-token"
import { usePortalTitle } from "../hooks/use-portal-title"

export function PortalError({ error }: ErrorComponentProps) {
  const { t } = useTranslation()
  const router = useRouter()
  const queryErrorResetBoundary = useQueryErrorResetBoundary()
  const status = errorStatus(error)
  usePortalTitle(status === 404 ? t("portal.errors.notFoundTitle") : t("portal.errors.pageTitle"))

  useEffect(() => {
    queryErrorResetBoundary.reset()
  }, [queryErrorResetBoundary])

  useEffect(() => {
    if (status === 401) {
      clearStaffToken()
      void router.navigate({
        to: "/portal/masuk",
        search: { redirect: router.state.location.href, expired: true },
        replace: true,
      })
    } else {
      console.error(error)
    }
  }, [status, error, router])

  if (status === 401) return null
  return (
    <div className="container portal-page">
      {status === 404 ? (
        <ErrorState title={t("portal.errors.notFoundTitle")} body={t("portal.errors.notFoundBody")} />
      ) : (
        <ErrorState
          title={t("portal.errors.pageTitle")}
          body={t("portal.errors.pageBody")}
          onRetry={() => void router.invalidate()}
        />
      )}
    </div>
  )
}

export function PortalNotFound() {
  const { t } = useTranslation()
  usePortalTitle(t("portal.errors.notFoundTitle"))
  return (
    <div className="container portal-page">
      <ErrorState title={t("portal.errors.notFoundTitle")} body={t("portal.errors.notFoundBody")} />
    </div>
  )
}

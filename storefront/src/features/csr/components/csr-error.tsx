// Errors inside the CSR portal: an expired session goes back to sign-in, 404 says "not yours or not there".
import { useQueryErrorResetBoundary } from "@tanstack/react-query"
import { useRouter, type ErrorComponentProps } from "@tanstack/react-router"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../../components/errors/error-state"
import { errorStatus } from "../api/csr-fetch"
import { clearCsrToken } from "../api/csr-token"
import { useCsrTitle } from "../hooks/use-csr-title"

export function CsrError({ error }: ErrorComponentProps) {
  const { t } = useTranslation()
  const router = useRouter()
  const queryErrorResetBoundary = useQueryErrorResetBoundary()
  const status = errorStatus(error)
  useCsrTitle(status === 404 ? t("csr.errors.notFoundTitle") : t("csr.errors.pageTitle"))

  useEffect(() => {
    queryErrorResetBoundary.reset()
  }, [queryErrorResetBoundary])

  useEffect(() => {
    if (status === 401) {
      clearCsrToken()
      void router.navigate({
        to: "/portal/csr/masuk",
        search: { redirect: router.state.location.href, expired: true },
        replace: true,
      })
    } else {
      console.error(error)
    }
  }, [status, error, router])

  if (status === 401) return null
  return (
    <div className="container csr-page">
      {status === 404 ? (
        <ErrorState title={t("csr.errors.notFoundTitle")} body={t("csr.errors.notFoundBody")} />
      ) : (
        <ErrorState
          title={t("csr.errors.pageTitle")}
          body={t("csr.errors.pageBody")}
          onRetry={() => void router.invalidate()}
        />
      )}
    </div>
  )
}

export function CsrNotFound() {
  const { t } = useTranslation()
  useCsrTitle(t("csr.errors.notFoundTitle"))
  return (
    <div className="container csr-page">
      <ErrorState title={t("csr.errors.notFoundTitle")} body={t("csr.errors.notFoundBody")} />
    </div>
  )
}

// Errors inside a staff portal: an expired session goes back to sign-in, 404 says "not yours or not there".
// The portal comes as a prop: a layout route's error shows in place of its frame.
import { useQueryErrorResetBoundary } from "@tanstack/react-query"
import { useRouter, type ErrorComponentProps } from "@tanstack/react-router"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../../components/errors/error-state"
import { errorStatus } from "../api/staff-fetch"
import { useStaffTitle } from "../hooks/use-staff-title"
import type { StaffPortal } from "../staff-portal"

export function StaffError({ portal, error }: ErrorComponentProps & { portal: StaffPortal }) {
  const { t } = useTranslation()
  const router = useRouter()
  const queryErrorResetBoundary = useQueryErrorResetBoundary()
  const status = errorStatus(error)
  useStaffTitle(portal, status === 404 ? t(`${portal.key}.errors.notFoundTitle`) : t(`${portal.key}.errors.pageTitle`))

  useEffect(() => {
    queryErrorResetBoundary.reset()
  }, [queryErrorResetBoundary])

  useEffect(() => {
    if (status === 401) {
      portal.clearToken()
      void router.navigate({
        to: portal.signInPath,
        search: { redirect: router.state.location.href, expired: true },
        replace: true,
      })
    } else {
      console.error(error)
    }
  }, [status, error, router, portal])

  if (status === 401) return null
  return (
    <div className={`container ${portal.key}-page`}>
      {status === 404 ? (
        <ErrorState title={t(`${portal.key}.errors.notFoundTitle`)} body={t(`${portal.key}.errors.notFoundBody`)} />
      ) : (
        <ErrorState
          title={t(`${portal.key}.errors.pageTitle`)}
          body={t(`${portal.key}.errors.pageBody`)}
          onRetry={() => void router.invalidate()}
        />
      )}
    </div>
  )
}

export function StaffNotFound({ portal }: { portal: StaffPortal }) {
  const { t } = useTranslation()
  useStaffTitle(portal, t(`${portal.key}.errors.notFoundTitle`))
  return (
    <div className={`container ${portal.key}-page`}>
      <ErrorState title={t(`${portal.key}.errors.notFoundTitle`)} body={t(`${portal.key}.errors.notFoundBody`)} />
    </div>
  )
}

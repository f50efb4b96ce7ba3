// The signed-in account pages' frame: the account menu above (on a phone) or beside (wider) the page.
import "../../features/account/i18n"
import "../../features/account/account.css"
import { useQueryErrorResetBoundary } from "@tanstack/react-query"
import { createLazyRoute, Outlet, useRouter, type ErrorComponentProps } from "@tanstack/react-router"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../components/errors/error-state"
import { AccountNav } from "../../features/account/components/account-nav"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/akun/signedIn")({
  component: AccountLayout,
  errorComponent: AccountError,
})

function AccountLayout() {
  return (
    <div className="container account-page account-layout">
      <AccountNav />
      <div className="account-layout__main">
        <Outlet />
      </div>
    </div>
  )
}

/** A page of the account that could not load (its loaders' errors land here too). */
export function AccountError({ error }: ErrorComponentProps) {
  const { t } = useTranslation()
  const router = useRouter()
  const queryErrorResetBoundary = useQueryErrorResetBoundary()
  useDocumentTitle(t("account.title"))
  useEffect(() => {
    queryErrorResetBoundary.reset()
  }, [queryErrorResetBoundary])
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="container account-page">
      <ErrorState body={t("account.errorBody")} onRetry={() => void router.invalidate()} />
    </div>
  )
}

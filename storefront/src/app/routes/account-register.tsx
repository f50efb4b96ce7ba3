// /akun/daftar: a new customer account, signed in at once.
import "../../features/account/i18n"
import "../../features/account/account.css"
import { createLazyRoute, useRouter } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { RegisterForm } from "../../features/account/components/register-form"
import { ACCOUNT_HOME } from "../../features/account/utils/search-params"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/akun/daftar")({
  component: RegisterRoute,
})

function RegisterRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("account.register.title"), t("account.register.lead"))
  const { redirect } = Route.useSearch()
  const router = useRouter()
  return (
    <div className="container account-page account-page--narrow">
      <RegisterForm redirect={redirect} onRegistered={() => router.history.replace(redirect ?? ACCOUNT_HOME)} />
    </div>
  )
}

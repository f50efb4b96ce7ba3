// /akun/masuk: a customer signs in, then goes back where she came from.
import "../../features/account/i18n"
import "../../features/account/account.css"
import { createLazyRoute, useRouter } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { SignInForm } from "../../features/account/components/sign-in-form"
import { ACCOUNT_HOME } from "../../features/account/utils/search-params"
import { useDocumentTitle } from "../../hooks/use-document-title"

export const Route = createLazyRoute("/akun/masuk")({
  component: SignInRoute,
})

function SignInRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("account.signIn.title"), t("account.signIn.lead"))
  const { redirect, expired } = Route.useSearch()
  const router = useRouter()
  return (
    <div className="container account-page account-page--narrow">
      <SignInForm
        redirect={redirect}
        expired={expired}
        // redirect was checked to stay inside the store by the route's search validation
        onSignedIn={() => router.history.replace(redirect ?? ACCOUNT_HOME)}
      />
    </div>
  )
}

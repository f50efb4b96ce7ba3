import { createLazyRoute, useRouter } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { CsrError } from "../../../features/csr/components/csr-error"
import { CsrSignInForm } from "../../../features/csr/components/sign-in-form"
import { useCsrTitle } from "../../../features/csr/hooks/use-csr-title"

export const Route = createLazyRoute("/portal/csr/masuk")({
  component: CsrSignInRoute,
  errorComponent: CsrError,
})

function CsrSignInRoute() {
  const { t } = useTranslation()
  useCsrTitle(t("csr.signIn.submit"))
  const { redirect, expired } = Route.useSearch()
  const router = useRouter()
  return (
    <div className="container csr-page csr-sign-in-page">
      <CsrSignInForm
        expired={Boolean(expired)}
        onSignedIn={() => {
          // redirect was checked to stay inside /portal/csr by the route's search validation.
          router.history.replace(redirect ?? "/portal/csr")
        }}
      />
    </div>
  )
}

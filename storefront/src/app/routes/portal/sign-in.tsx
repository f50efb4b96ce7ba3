import { createLazyRoute, useRouter } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { PortalError } from "../../../features/portal/components/portal-error"
import { SignInForm } from "../../../features/portal/components/sign-in-form"
import { usePortalTitle } from "../../../features/portal/hooks/use-portal-title"

export const Route = createLazyRoute("/portal/masuk")({
  component: SignInRoute,
  errorComponent: PortalError,
})

function SignInRoute() {
  const { t } = useTranslation()
  usePortalTitle(t("portal.signIn.submit"))
  const { redirect, expired } = Route.useSearch()
  const router = useRouter()
  return (
    <div className="container portal-page sign-in-page">
      <SignInForm
        expired={Boolean(expired)}
        onSignedIn={() => {
          // redirect was checked to stay inside /portal by the route's search validation.
          router.history.replace(redirect ?? "/portal")
        }}
      />
    </div>
  )
}

import { createLazyRoute } from "@tanstack/react-router"
import { CsrError } from "../../../features/csr/components/csr-error"
import { csrPortal } from "../../../features/csr/csr-portal"
import { StaffSignInPage } from "../../../features/staff/components/sign-in-page"

export const Route = createLazyRoute("/portal/csr/masuk")({
  component: CsrSignInRoute,
  errorComponent: CsrError,
})

function CsrSignInRoute() {
  // redirect was checked to stay inside /portal/csr by the route's search validation.
  const { redirect, expired } = Route.useSearch()
  return <StaffSignInPage portal={csrPortal} redirect={redirect} expired={Boolean(expired)} />
}

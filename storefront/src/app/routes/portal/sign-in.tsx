import { createLazyRoute } from "@tanstack/react-router"
import { PortalError } from "../../../features/portal/components/portal-error"
import { facilityPortal } from "../../../features/portal/facility-portal"
import { StaffSignInPage } from "../../../features/staff/components/sign-in-page"

export const Route = createLazyRoute("/portal/masuk")({
  component: SignInRoute,
  errorComponent: PortalError,
})

function SignInRoute() {
  // redirect was checked to stay inside /portal by the route's search validation.
  const { redirect, expired } = Route.useSearch()
  return <StaffSignInPage portal={facilityPortal} redirect={redirect} expired={Boolean(expired)} />
}

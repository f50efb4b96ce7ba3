import "../../../features/portal/i18n"
import { createLazyRoute, Outlet } from "@tanstack/react-router"
import { PortalError, PortalNotFound } from "../../../features/portal/components/portal-error"
import { PortalFrame } from "../../../features/portal/components/portal-frame"
import { StaffBar } from "../../../features/portal/components/staff-bar"

export const PortalLayoutRoute = createLazyRoute("/portal")({
  component: () => (
    <PortalFrame>
      <Outlet />
    </PortalFrame>
  ),
  errorComponent: PortalError,
  notFoundComponent: PortalNotFound,
})

export const StaffLayoutRoute = createLazyRoute("/portal/staff")({
  component: () => (
    <>
      <StaffBar />
      <div className="container portal-page">
        <Outlet />
      </div>
    </>
  ),
  errorComponent: PortalError,
  notFoundComponent: PortalNotFound,
})

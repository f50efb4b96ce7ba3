import "../../../features/csr/i18n"
import { createLazyRoute, Outlet } from "@tanstack/react-router"
import { CsrError, CsrNotFound } from "../../../features/csr/components/csr-error"
import { CsrFrame } from "../../../features/csr/components/csr-frame"
import { OfficerBar } from "../../../features/csr/components/officer-bar"

export const CsrLayoutRoute = createLazyRoute("/portal/csr")({
  component: () => (
    <CsrFrame>
      <Outlet />
    </CsrFrame>
  ),
  errorComponent: CsrError,
  notFoundComponent: CsrNotFound,
})

export const OfficerLayoutRoute = createLazyRoute("/portal/csr/officer")({
  component: () => (
    <>
      <OfficerBar />
      <div className="container csr-page">
        <Outlet />
      </div>
    </>
  ),
  errorComponent: CsrError,
  notFoundComponent: CsrNotFound,
})

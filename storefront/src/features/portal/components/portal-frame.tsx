// The portal's page shell: the staff frame, with the Portal's own styles after the shared ones.
import type { ReactNode } from "react"
import { StaffFrame } from "../../staff/components/staff-frame"
import { facilityPortal } from "../facility-portal"
import "../portal.css"

export function PortalFrame({ children }: { children: ReactNode }) {
  return <StaffFrame portal={facilityPortal}>{children}</StaffFrame>
}

// The CSR portal's page shell: the staff frame, with the CSR portal's own styles after the shared ones.
import type { ReactNode } from "react"
import { StaffFrame } from "../../staff/components/staff-frame"
import { csrPortal } from "../csr-portal"
import "../csr.css"

export function CsrFrame({ children }: { children: ReactNode }) {
  return <StaffFrame portal={csrPortal}>{children}</StaffFrame>
}

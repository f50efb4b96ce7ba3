// Errors inside the CSR portal: an expired session goes back to sign-in, 404 says "not yours or not there".
import type { ErrorComponentProps } from "@tanstack/react-router"
import { StaffError, StaffNotFound } from "../../staff/components/staff-error"
import { csrPortal } from "../csr-portal"

export const CsrError = (props: ErrorComponentProps) => <StaffError {...props} portal={csrPortal} />

export const CsrNotFound = () => <StaffNotFound portal={csrPortal} />

// Errors inside the portal: an expired session goes back to sign-in, 404 says "not yours or not there".
import type { ErrorComponentProps } from "@tanstack/react-router"
import { StaffError, StaffNotFound } from "../../staff/components/staff-error"
import { facilityPortal } from "../facility-portal"

export const PortalError = (props: ErrorComponentProps) => <StaffError {...props} portal={facilityPortal} />

export const PortalNotFound = () => <StaffNotFound portal={facilityPortal} />

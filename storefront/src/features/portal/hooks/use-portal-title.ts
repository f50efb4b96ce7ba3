import { useStaffTitle } from "../../staff/hooks/use-staff-title"
import { facilityPortal } from "../facility-portal"

/** "<page> · Portal Lapas · Karya Lapas" */
export const usePortalTitle = (page: string | undefined): void => useStaffTitle(facilityPortal, page)

import { useStaffTitle } from "../../staff/hooks/use-staff-title"
import { csrPortal } from "../csr-portal"

/** "<page> · Portal CSR · Karya Lapas" */
export const useCsrTitle = (page: string | undefined): void => useStaffTitle(csrPortal, page)

import { useTranslation } from "react-i18next"
import { useDocumentTitle } from "../../../hooks/use-document-title"
import type { StaffPortal } from "../staff-portal"

/** "<page> · Portal Lapas · Karya Lapas", "<page> · Portal CSR · Karya Lapas" */
export function useStaffTitle(portal: Pick<StaffPortal, "key">, page: string | undefined): void {
  const { t } = useTranslation()
  const title = t(`${portal.key}.title`)
  useDocumentTitle(page ? `${page} · ${title}` : title)
}

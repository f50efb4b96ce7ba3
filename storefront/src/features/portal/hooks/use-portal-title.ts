import { useTranslation } from "react-i18next"
import { useDocumentTitle } from "../../../hooks/use-document-title"

/** "<page> · Portal Lapas · Karya Lapas" */
export function usePortalTitle(page: string | undefined): void {
  const { t } = useTranslation()
  useDocumentTitle(page ? `${page} · ${t("portal.title")}` : t("portal.title"))
}

import { useTranslation } from "react-i18next"
import { useDocumentTitle } from "../../../hooks/use-document-title"

/** "<page> · Portal CSR · Karya Lapas" */
export function useCsrTitle(page: string | undefined): void {
  const { t } = useTranslation()
  useDocumentTitle(page ? `${page} · ${t("csr.title")}` : t("csr.title"))
}

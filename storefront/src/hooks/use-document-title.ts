import { useEffect } from "react"
import { useTranslation } from "react-i18next"

/** Sets document.title to "<page> · Karya Lapas" (or just the brand when page is empty). */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation()
  const suffix = t("app.titleSuffix")
  useEffect(() => {
    document.title = page ? `${page} · ${suffix}` : suffix
  }, [page, suffix])
}

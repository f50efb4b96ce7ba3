// Previous / next for portal lists; the route decides what a page link is.
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

type PortalPagerProps = {
  page: number
  pageCount: number
  /** renders the link to a page (label and rel given) */
  renderLink: (page: number, label: string, rel: "prev" | "next") => ReactNode
}

export function PortalPager({ page, pageCount, renderLink }: PortalPagerProps) {
  const { t } = useTranslation()
  if (pageCount <= 1) return null
  return (
    <nav className="pagination" aria-label={t("portal.common.pagination")}>
      {page > 1 ? renderLink(page - 1, t("portal.common.previous"), "prev") : <span />}
      <span className="pagination__status" aria-current="page">
        {t("portal.common.pageOf", { page, pages: pageCount })}
      </span>
      {page < pageCount ? renderLink(page + 1, t("portal.common.next"), "next") : <span />}
    </nav>
  )
}

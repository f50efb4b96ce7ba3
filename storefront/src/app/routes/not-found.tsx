// The 404 page: says plainly that the address is not here, and offers the ways on (home, all products, facilities,
// motifs). The header's search box stays above it.
import "../../features/home/home.css"
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { KawungMark } from "../../components/layout/logo"
import { useDocumentTitle } from "../../hooks/use-document-title"

export function NotFoundRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("notFound.title"), t("notFound.body"))
  return (
    <div className="container status-page status-page--not-found">
      <KawungMark size={56} />
      <p className="status-page__code" aria-hidden="true">
        404
      </p>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>{t("notFound.hint")}</p>
      <div className="status-page__actions">
        <Link to="/" className="button">
          {t("notFound.home")}
        </Link>
        <Link to="/cari" className="button button--ghost">
          {t("notFound.products")}
        </Link>
      </div>
      <nav aria-label={t("notFound.more")}>
        <ul className="status-page__links">
          <li>
            <Link to="/lapas">{t("notFound.facilities")}</Link>
          </li>
          <li>
            <Link to="/motif">{t("notFound.motifs")}</Link>
          </li>
          <li>
            <Link to="/dampak">{t("notFound.impact")}</Link>
          </li>
        </ul>
      </nav>
    </div>
  )
}

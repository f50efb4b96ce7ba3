import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { KawungMark } from "../../components/layout/logo"
import { useDocumentTitle } from "../../hooks/use-document-title"

export function NotFoundRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("notFound.title"))
  return (
    <div className="container status-page">
      <KawungMark size={56} />
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <Link to="/" className="button">
        {t("notFound.home")}
      </Link>
    </div>
  )
}

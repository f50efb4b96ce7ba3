// The portal's page shell: its own header (brand, language, back to the store), no buyer navigation.
import { Link } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { LanguageToggle } from "../../../components/layout/language-toggle"
import { KawungMark } from "../../../components/layout/logo"
import "../portal.css"

export function PortalFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="page portal">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="portal-header">
        <div className="portal-header__inner container">
          <Link to="/portal" className="portal-header__home" aria-label={t("portal.homeLabel")}>
            <KawungMark size={30} />
            <span className="portal-header__brand">
              <span className="portal-header__app">{t("app.name")}</span>
              <span className="portal-header__title">{t("portal.title")}</span>
            </span>
          </Link>
          <div className="portal-header__end">
            <Link to="/" className="portal-header__store">
              {t("portal.toStore")}
            </Link>
            <LanguageToggle />
          </div>
        </div>
        <div className="songket-band" aria-hidden="true" />
      </header>
      <main id="main" className="page__main portal-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}

// The CSR portal's page shell: its own header (brand, language, back to the store), no buyer navigation.
import { Link } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { LanguageToggle } from "../../../components/layout/language-toggle"
import { KawungMark } from "../../../components/layout/logo"
import "../csr.css"

export function CsrFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="page csr">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="csr-header">
        <div className="csr-header__inner container">
          <Link to="/portal/csr" className="csr-header__home" aria-label={t("csr.homeLabel")}>
            <KawungMark size={30} />
            <span className="csr-header__brand">
              <span className="csr-header__app">{t("app.name")}</span>
              <span className="csr-header__title">{t("csr.title")}</span>
            </span>
          </Link>
          <div className="csr-header__end">
            <Link to="/" className="csr-header__store">
              {t("csr.toStore")}
            </Link>
            <LanguageToggle />
          </div>
        </div>
        <div className="songket-band" aria-hidden="true" />
      </header>
      <main id="main" className="page__main csr-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}

// A staff portal's page shell: its own header (brand, language, back to the store), no buyer navigation.
import { Link } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { LanguageToggle } from "../../../components/layout/language-toggle"
import { KawungMark } from "../../../components/layout/logo"
import type { StaffPortal } from "../staff-portal"
import "../staff.css"

export function StaffFrame({ portal, children }: { portal: StaffPortal; children: ReactNode }) {
  const { t } = useTranslation()
  const { key } = portal
  return (
    <div className={`page ${key}`}>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className={`${key}-header`}>
        <div className={`${key}-header__inner container`}>
          <Link to={portal.home} className={`${key}-header__home`} aria-label={t(`${key}.homeLabel`)}>
            <KawungMark size={30} />
            <span className={`${key}-header__brand`}>
              <span className={`${key}-header__app`}>{t("app.name")}</span>
              <span className={`${key}-header__title`}>{t(`${key}.title`)}</span>
            </span>
          </Link>
          <div className={`${key}-header__end`}>
            <Link to="/" className={`${key}-header__store`}>
              {t(`${key}.toStore`)}
            </Link>
            <LanguageToggle />
          </div>
        </div>
        <div className="songket-band" aria-hidden="true" />
      </header>
      <main id="main" className={`page__main ${key}-main`} tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}

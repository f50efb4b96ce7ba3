import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import type { ReactNode } from "react"
import { LanguageToggle } from "./language-toggle"
import { Logo } from "./logo"

/** `actions`: the app's links that belong to features (account, cart), handed in by the app layer; so is `search`, the
 * search box (it belongs to the search feature). */
export function Header({ actions, search }: { actions?: ReactNode; search?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <header className="site-header">
      <div className="site-header__inner container">
        <Link
          to="/"
          className="site-header__home"
          aria-label={t("header.homeLabel")}
        >
          <Logo />
        </Link>
        {search}
        <div className="site-header__end">
          <nav className="site-nav" aria-label={t("header.nav")}>
            <Link
              to="/dampak"
              className="site-nav__link"
              activeProps={{
                className: "site-nav__link--active",
                "aria-current": "page",
              }}
            >
              {t("header.impact")}
            </Link>
          </nav>
          {actions}
          <LanguageToggle />
        </div>
      </div>
      <div className="songket-band" aria-hidden="true" />
    </header>
  )
}

import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { LanguageToggle } from "./language-toggle"
import { Logo } from "./logo"

export function Header() {
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
        <LanguageToggle />
      </div>
      <div className="songket-band" aria-hidden="true" />
    </header>
  )
}

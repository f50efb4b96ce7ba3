import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { KawungMark } from "./logo"

export function Footer() {
  const { t } = useTranslation()
  return (
    <footer className="site-footer">
      <div className="songket-band" aria-hidden="true" />
      <div className="site-footer__inner container">
        <KawungMark size={28} />
        <div>
          <p>
            {t("footer.about")}{" "}
            <Link to="/dampak" className="site-footer__link">
              {t("footer.impactLink")}
            </Link>
          </p>
          <p className="site-footer__muted">{t("footer.crafts")}</p>
          <p className="site-footer__muted">
            {t("footer.copyright", { year: new Date().getFullYear() })}
          </p>
        </div>
      </div>
    </footer>
  )
}

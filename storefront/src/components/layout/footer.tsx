import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { KawungMark } from "./logo"

export function Footer() {
  const { t } = useTranslation()
  return (
    <footer className="site-footer">
      <div className="songket-band" aria-hidden="true" />
      <div className="site-footer__inner container">
        <div className="site-footer__brand">
          <span className="logo">
            <KawungMark size={40} />
            <span className="logo__wordmark">{t("app.name")}</span>
          </span>
          <p>{t("footer.about")}</p>
          <p className="site-footer__muted">{t("footer.crafts")}</p>
        </div>
        <nav aria-labelledby="site-footer-nav">
          <h2 className="site-footer__heading" id="site-footer-nav">
            {t("footer.nav")}
          </h2>
          <ul className="site-footer__links">
            <li>
              <Link to="/cari">{t("header.catalogue")}</Link>
            </li>
            <li>
              <Link to="/lapas">{t("home.facilitiesAll")}</Link>
            </li>
            <li>
              <Link to="/motif">{t("home.motifsLink")}</Link>
            </li>
            <li>
              <Link to="/dampak">{t("footer.impactLink")}</Link>
            </li>
            <li>
              <Link to="/lacak-pesanan">{t("footer.orderLookup")}</Link>
            </li>
          </ul>
        </nav>
      </div>
      <div className="site-footer__base container">
        <p className="site-footer__muted">
          {t("footer.copyright", { year: new Date().getFullYear() })}
        </p>
      </div>
    </footer>
  )
}

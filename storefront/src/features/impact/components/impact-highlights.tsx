// The home page's figures from the makers' ledger: the rupiah that has reached the makers and the orders behind it.
// Does not hold the page up: nothing while loading or on failure (the impact page has the full account).
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { useImpactQuery } from "../api/get-impact"
import { ImpactPrograms } from "./impact-programs"

export function ImpactHighlights() {
  const { t } = useTranslation()
  const { data: impact } = useImpactQuery()
  if (!impact) return null
  return (
    <section className="impact-highlights" aria-labelledby="impact-highlights-heading">
      <h2 id="impact-highlights-heading" className="section-title">
        {t("home.impactHeading")}
      </h2>
      <dl className="impact-highlights__figures">
        <div className="impact-highlights__figure">
          <dt>{t("home.impactMakers")}</dt>
          <dd data-testid="home-makers-total">{formatRupiah(impact.makers_total)}</dd>
        </div>
        <div className="impact-highlights__figure">
          <dt>{t("home.impactOrders")}</dt>
          <dd>{impact.orders.toLocaleString("id-ID")}</dd>
        </div>
        <div className="impact-highlights__figure">
          <dt>{t("home.impactFacilities")}</dt>
          <dd>{impact.facilities.length.toLocaleString("id-ID")}</dd>
        </div>
      </dl>
      <p className="impact-highlights__note">
        {t("home.impactNote")}{" "}
        <Link to="/dampak">{t("home.impactLink")}</Link>
      </p>
      <ImpactPrograms programs={impact.programs} headingLevel={3} />
    </section>
  )
}

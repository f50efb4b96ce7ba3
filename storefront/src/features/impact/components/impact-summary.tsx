// The public impact page: rupiah the makers have received, in total and per facility, from the ledger.
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { useImpact } from "../api/get-impact"
import { ImpactPrograms } from "./impact-programs"

export function ImpactSummary() {
  const { t } = useTranslation()
  const { data: impact } = useImpact()
  const facilities = [...impact.facilities].sort((a, b) => b.makers_total - a.makers_total)
  return (
    <>
      <section className="impact-total" aria-labelledby="impact-total-heading">
        <h2 id="impact-total-heading" className="visually-hidden">
          {t("impact.totalHeading")}
        </h2>
        <p className="impact-total__figure" data-testid="makers-total">
          {formatRupiah(impact.makers_total)}
        </p>
        <p className="impact-total__label">{t("impact.forMakers")}</p>
        <dl className="impact-facts">
          <div>
            <dt>{t("impact.royalties")}</dt>
            <dd>{formatRupiah(impact.royalties_total)}</dd>
          </div>
          <div>
            <dt>{t("impact.pnbp")}</dt>
            <dd>{formatRupiah(impact.pnbp_total)}</dd>
          </div>
          <div>
            <dt>{t("impact.orders")}</dt>
            <dd>{impact.orders.toLocaleString("id-ID")}</dd>
          </div>
        </dl>
      </section>
      <section className="impact-facilities" aria-labelledby="impact-facilities-heading">
        <h2 id="impact-facilities-heading" className="section-title">
          {t("impact.facilitiesHeading")}
        </h2>
        {facilities.length === 0 ? (
          <p className="empty-state">{t("impact.facilitiesEmpty")}</p>
        ) : (
          <ul className="impact-facilities__list">
            {facilities.map((facility) => (
              <li key={facility.id} className="impact-facility">
                <div>
                  <p className="impact-facility__name">{facility.name}</p>
                  <p className="impact-facility__place">
                    {facility.city}, {facility.province}
                  </p>
                </div>
                <p className="impact-facility__amount">{formatRupiah(facility.makers_total)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ImpactPrograms programs={impact.programs} />
      <p className="impact-note">{t("impact.note")}</p>
    </>
  )
}

// The home page below the fold, loaded after the page is interactive: browse by craft, the facilities, the motif
// gallery and the makers' figures (with the CSR programs once there are any). Each part shows when its data is there
// and is left out if it fails: the home page never breaks for them.
import "../../features/facilities/i18n"
import "../../features/facilities/facilities.css"
import "../../features/impact/impact.css"
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useFacilitiesQuery } from "../../features/facilities/api/get-facilities"
import { FacilityCard } from "../../features/facilities/components/facility-card"
import { ImpactHighlights } from "../../features/impact/components/impact-highlights"
import { useCrafts } from "../../features/search/api/get-crafts"

function BrowseByCraft() {
  const { t, i18n } = useTranslation()
  const { data: crafts } = useCrafts()
  if (!crafts || crafts.length === 0) return null
  const english = i18n.resolvedLanguage === "en"
  return (
    <section className="home-section container" aria-labelledby="crafts-heading">
      <h2 id="crafts-heading" className="section-title">
        {t("home.craftsHeading")}
      </h2>
      <p className="home-section__lead">{t("home.craftsLead")}</p>
      <ul className="craft-links">
        {crafts.map((craft) => (
          <li key={craft.handle}>
            <Link to="/cari" search={{ craft: craft.handle }} className="craft-link">
              {(english && craft.name_en) || craft.name}
            </Link>
          </li>
        ))}
        <li>
          <Link to="/motif" className="craft-link craft-link--motif">
            {t("home.motifsLink")}
          </Link>
        </li>
      </ul>
    </section>
  )
}

function Facilities() {
  const { t } = useTranslation()
  const { data: facilities } = useFacilitiesQuery()
  if (!facilities || facilities.length === 0) return null
  return (
    <section className="home-section container" aria-labelledby="facilities-heading">
      <h2 id="facilities-heading" className="section-title">
        {t("home.facilitiesHeading")}
      </h2>
      <p className="home-section__lead">{t("home.facilitiesLead")}</p>
      <ul className="facility-grid">
        {facilities.map((facility) => (
          <li key={facility.id}>
            <FacilityCard facility={facility} />
          </li>
        ))}
      </ul>
      <p>
        <Link to="/lapas">{t("home.facilitiesAll")}</Link>
      </p>
    </section>
  )
}

export default function HomeMore() {
  return (
    <>
      <BrowseByCraft />
      <Facilities />
      <div className="home-section container">
        <ImpactHighlights />
      </div>
    </>
  )
}

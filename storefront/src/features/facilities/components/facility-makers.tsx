// The makers of a facility, as each consented to be shown: a chosen name, and her story if she chose to share it.
// Makers without a chosen name are only counted; nothing else about anyone is shown.
import { useTranslation } from "react-i18next"
import type { PublicMaker } from "../api/types"
import { groupMakers } from "../utils/public-makers"

export function FacilityMakers({ makers, shortName }: { makers: PublicMaker[]; shortName: string }) {
  const { t, i18n } = useTranslation()
  const { named, unnamed } = groupMakers(makers, shortName, i18n.resolvedLanguage === "en" ? "en" : "id")
  if (named.length === 0 && unnamed === 0) return null
  return (
    <section className="facility-makers" aria-labelledby="facility-makers-heading">
      <h2 id="facility-makers-heading" className="section-title">
        {t("facility.makersHeading")}
      </h2>
      <p className="facility-makers__note">{t("facility.makersNote")}</p>
      {named.length > 0 && (
        <ul className="facility-makers__list">
          {named.map((maker) => (
            <li key={maker.id} className="maker-card">
              <p className="maker-card__name">{maker.name}</p>
              {maker.story && <p className="maker-card__story">{maker.story}</p>}
            </li>
          ))}
        </ul>
      )}
      {unnamed > 0 && (
        <p className="facility-makers__unnamed">
          {named.length > 0 ? t("facility.makersUnnamedMore", { count: unnamed }) : t("facility.makersUnnamed", { count: unnamed })}
        </p>
      )}
    </section>
  )
}

// The top of a facility page: what kind of facility, its name, where it is, and its story in the buyer's language.
import { useTranslation } from "react-i18next"
import type { StoreFacility } from "../api/types"
import { localized } from "../utils/public-makers"

export function FacilityHeader({ facility }: { facility: StoreFacility }) {
  const { t, i18n } = useTranslation()
  const story = localized(facility.story, i18n.resolvedLanguage === "en" ? "en" : "id")
  return (
    <header className="facility-header">
      {facility.cover_image && (
        <img
          className="facility-header__cover"
          src={facility.cover_image}
          alt=""
          width={1200}
          height={500}
          sizes="(min-width: 72rem) 72rem, 100vw"
        />
      )}
      <p className="facility-header__kind">{t(`facility.kind.${facility.kind}`)}</p>
      <h1 className="facility-header__name">{facility.name}</h1>
      <p className="facility-header__place">
        <span className="visually-hidden">{t("facility.place")}: </span>
        {facility.city}, {facility.province}
      </p>
      {story && (
        <div className="facility-story">
          <h2 className="visually-hidden">{t("facility.storyHeading")}</h2>
          {story.split(/\n{2,}/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      )}
    </header>
  )
}

// A facility in a list: its photo (or a batik field), name, place and how many products it sells.
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import type { StoreFacility } from "../api/types"

export function FacilityCard({
  facility,
  headingLevel = 3,
}: {
  facility: Pick<StoreFacility, "handle" | "name" | "short_name" | "kind" | "city" | "province" | "cover_image" | "product_count">
  headingLevel?: 2 | 3
}) {
  const { t } = useTranslation()
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <article className="facility-card">
      <Link to="/lapas/$handle" params={{ handle: facility.handle }} className="facility-card__link">
        {facility.cover_image ? (
          <img
            className="facility-card__cover"
            src={facility.cover_image}
            alt=""
            width={640}
            height={360}
            loading="lazy"
            decoding="async"
            sizes="(min-width: 48rem) 33vw, 100vw"
          />
        ) : (
          <div className={`facility-card__cover facility-card__cover--${facility.kind}`} aria-hidden="true" />
        )}
        <div className="facility-card__body">
          <p className="facility-card__kind">{t(`facility.kind.${facility.kind}`)}</p>
          <Heading className="facility-card__name">{facility.name}</Heading>
          <p className="facility-card__place">
            {facility.city}, {facility.province}
          </p>
          <p className="facility-card__count">{t("facility.productCount", { count: facility.product_count })}</p>
        </div>
      </Link>
    </article>
  )
}

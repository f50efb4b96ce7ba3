// A motif in the gallery: its image, name, who created it (as the API credits her) and where it comes from.
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { KawungMark } from "../../../components/layout/logo"
import type { StoreMotif } from "../api/get-product-motifs"
import { creatorNames, motifOrigin } from "../utils/motif-text"

export function MotifCard({ motif, eager = false }: { motif: StoreMotif; eager?: boolean }) {
  const { t, i18n } = useTranslation()
  const creators = creatorNames(motif, i18n.resolvedLanguage === "en" ? "en" : "id")
  const origin = motifOrigin(motif)
  return (
    <article className="motif-card">
      <Link to="/motif/$id" params={{ id: motif.id }} className="motif-card__link">
        {motif.image ? (
          <img
            className="motif-card__image"
            src={motif.image}
            alt=""
            width={480}
            height={480}
            loading={eager ? "eager" : "lazy"}
            decoding="async"
            sizes="(min-width: 68rem) 17rem, (min-width: 48rem) 33vw, 50vw"
          />
        ) : (
          <div className="motif-card__image motif-card__image--empty" aria-hidden="true">
            <KawungMark size={48} />
          </div>
        )}
        <h3 className="motif-card__title">{motif.title}</h3>
      </Link>
      <p className={`motif-status motif-status--${motif.status}`}>{t(`motifs.status.${motif.status}`)}</p>
      {creators && <p className="motif-card__creators">{t("motifs.createdBy", { names: creators })}</p>}
      {origin && <p className="motif-card__origin">{origin}</p>}
    </article>
  )
}

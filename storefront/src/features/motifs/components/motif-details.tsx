// A motif's page body: its image and story, and its record as registered with DJKI (numbers, creators, holder,
// first publication, protection, licence) with the credit line to quote.
import { Link } from "@tanstack/react-router"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { isLanguage } from "../../../lib/i18n"
import { formatBps } from "../../../lib/percent"
import type { StoreMotif } from "../api/get-product-motifs"
import { creatorNames, motifNumber, motifStory } from "../utils/motif-text"
import { formatCalendarDate, protectionText } from "../utils/protection"

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="motif-facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

export function MotifDetails({ motif }: { motif: StoreMotif }) {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "id"
  const locale = language === "en" ? "en" : "id-ID"
  const story = motifStory(motif, language)
  const number = motifNumber(motif)
  const protection = protectionText(motif.protection, locale)
  const creators = creatorNames(motif, language)

  return (
    <article className="motif-details" aria-labelledby="motif-title">
      <div className="motif-details__media">
        {motif.image ? (
          <img
            className="motif-details__image"
            src={motif.image}
            alt={t("motifs.imageAlt", { title: motif.title })}
            width={800}
            height={800}
            sizes="(min-width: 48rem) 45vw, 100vw"
          />
        ) : (
          <div className="motif-details__image motif-card__image--empty" role="img" aria-label={t("motifs.noImage")} />
        )}
      </div>
      <div className="motif-details__info">
        <p className={`motif-status motif-status--${motif.status}`}>{t(`motifs.status.${motif.status}`)}</p>
        <h1 id="motif-title" className="motif-details__title">
          {motif.title}
        </h1>
        {creators && <p className="motif-details__creators">{t("motifs.createdBy", { names: creators })}</p>}
        {story && (
          <div className="motif-details__story">
            <h2 className="visually-hidden">{t("motifs.storyHeading")}</h2>
            {story.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        )}

        <section aria-labelledby="motif-record-heading" className="motif-record">
          <h2 id="motif-record-heading" className="motif-record__heading">
            {t("motifs.recordHeading")}
          </h2>
          <dl className="motif-facts">
            {number && (
              <Fact term={number.kind === "registration" ? t("motif.registration") : t("motifs.application")}>
                <span className="motif-facts__number">{number.number}</span>
              </Fact>
            )}
            {motif.registration_number && motif.application_number && (
              <Fact term={t("motifs.application")}>
                <span className="motif-facts__number">{motif.application_number}</span>
              </Fact>
            )}
            <Fact term={t("motifs.workType")}>{motif.work_type}</Fact>
            {creators && <Fact term={t("motifs.creators")}>{creators}</Fact>}
            <Fact term={t("motifs.holder")}>
              {motif.holder.kind === "facility" && motif.facility ? (
                <Link to="/lapas/$handle" params={{ handle: motif.facility.handle }}>
                  {motif.holder.label}
                </Link>
              ) : (
                motif.holder.label
              )}
            </Fact>
            {(motif.first_published_at || motif.first_published_place) && (
              <Fact term={t("motifs.firstPublished")}>
                {[motif.first_published_at && formatCalendarDate(motif.first_published_at, locale), motif.first_published_place]
                  .filter(Boolean)
                  .join(", ")}
              </Fact>
            )}
            <Fact term={t("motif.protection")}>
              {protection.key === "motif.protectedUntil" ? t(protection.key, { date: protection.date }) : t(protection.key)}
            </Fact>
            {motif.status === "registered" && motif.licence.royalty_bps > 0 && (
              <Fact term={t("motifs.royalty")}>
                {t("motifs.royaltyValue", { percent: formatBps(motif.licence.royalty_bps, language) })}
              </Fact>
            )}
          </dl>
          {motif.licence.credit_required && (
            <figure className="motif-credit-line">
              <figcaption>{t("motifs.creditLineCaption")}</figcaption>
              <blockquote>{motif.credit_line}</blockquote>
            </figure>
          )}
        </section>
      </div>
    </article>
  )
}

// The motifs a product uses, credited as the licence asks: title, credit line, DJKI number, protection.
import { Link } from "@tanstack/react-router"
import { useTranslation } from "react-i18next"
import { useProductMotifs, type StoreMotif } from "../api/get-product-motifs"
import { protectionText } from "../utils/protection"

function MotifItem({ motif }: { motif: StoreMotif }) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language?.startsWith("en") ? "en" : "id-ID"
  const protection = protectionText(motif.protection, locale)
  const headingId = `motif-${motif.id}-title`
  return (
    <li className="motif-credit__item">
      <article aria-labelledby={headingId} className="motif-credit__card">
        {motif.image && (
          <img
            src={motif.image}
            alt=""
            width={64}
            height={64}
            loading="lazy"
            decoding="async"
            className="motif-credit__image"
          />
        )}
        <div className="motif-credit__body">
          <h3 id={headingId} className="motif-credit__title">
            <Link to="/motif/$id" params={{ id: motif.id }}>
              {motif.title}
            </Link>
          </h3>
          <p className="motif-credit__line">{motif.credit_line}</p>
          <dl className="motif-credit__facts">
            {motif.registration_number && (
              <div>
                <dt>{t("motif.registration")}</dt>
                <dd>{motif.registration_number}</dd>
              </div>
            )}
            <div>
              <dt>{t("motif.protection")}</dt>
              <dd>
                {protection.key === "motif.protectedUntil"
                  ? t(protection.key, { date: protection.date })
                  : t(protection.key)}
              </dd>
            </div>
          </dl>
        </div>
      </article>
    </li>
  )
}

/** Nothing while loading or when the product uses no motif; the rest of the page does not wait for it. */
export function MotifCredit({ productId }: { productId: string }) {
  const { t } = useTranslation()
  const { data: motifs } = useProductMotifs(productId)
  if (!motifs || motifs.length === 0) return null
  return (
    <section aria-labelledby="motifs-heading" className="motif-credit">
      <h2 id="motifs-heading" className="product-details__heading">
        {t("motif.heading")}
      </h2>
      <ul className="motif-credit__list">
        {motifs.map((motif) => (
          <MotifItem key={motif.id} motif={motif} />
        ))}
      </ul>
    </section>
  )
}

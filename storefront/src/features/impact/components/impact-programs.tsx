// The CSR programs behind the makers' work, with what each has brought the makers; nothing until there are any.
import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../../lib/money"
import { impactPrograms } from "../utils/programs"

export function ImpactPrograms({ programs, headingLevel = 2 }: { programs: unknown[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation()
  const list = impactPrograms(programs)
  if (list.length === 0) return null
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <section className="impact-programs" aria-labelledby="impact-programs-heading">
      <Heading id="impact-programs-heading" className={headingLevel === 2 ? "section-title" : "impact-programs__heading"}>
        {t("home.programsHeading")}
      </Heading>
      <ul className="impact-programs__list">
        {list.map((program) => (
          <li key={program.id} className="impact-program">
            <p className="impact-program__name">{program.name}</p>
            {program.sponsor && (
              <p className="impact-program__sponsor">{t("home.programSponsor", { sponsor: program.sponsor })}</p>
            )}
            <p className="impact-program__amount">
              {t("home.programMakers", { amount: formatRupiah(program.makers_total) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}

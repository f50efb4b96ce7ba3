// The four shares of a split template as percents, with its version.
import type { TFunction } from "i18next"
import { useTranslation } from "react-i18next"
import { formatBps } from "../../../lib/percent"
import type { RevenueTemplate } from "../api/types"
import { useLanguage } from "../hooks/use-language"
import { TEMPLATE_SHARES } from "../utils/revenue-template"

export function templateVersionLabel(t: TFunction, template: RevenueTemplate): string {
  return template.version === 0
    ? t("portal.revenue.template.versionDefault")
    : t("portal.revenue.template.version", { version: template.version })
}

export function TemplateShares({ template }: { template: RevenueTemplate }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <dl className="revenue-shares">
      {TEMPLATE_SHARES.map((share) => (
        <div key={share} className="revenue-shares__item">
          <dt>{t(`portal.revenue.template.${share}`)}</dt>
          <dd>{formatBps(template[share], language)}</dd>
        </div>
      ))}
    </dl>
  )
}

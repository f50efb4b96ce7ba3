// The split template's history, and for managers a new version: four percents that must total 100%.
import { useTranslation } from "react-i18next"
import { formatBps } from "../../../lib/percent"
import { useCreateRevenueTemplate } from "../api/create-revenue-template"
import { useRevenueTemplate } from "../api/get-revenue-template"
import { useLanguage } from "../hooks/use-language"
import { usePortalForm } from "../hooks/use-portal-form"
import { formatDate } from "../utils/format-date"
import {
  FULL_BPS,
  versionHistory,
  TEMPLATE_FIELDS,
  TEMPLATE_SHARES,
  templateToForm,
  templateTotalBps,
  toTemplateBody,
  validateTemplateForm,
} from "../utils/revenue-template"
import { Field, FormAlert, FormNotice } from "./form-field"
import { StatusBadge } from "./status-badge"

export function TemplateVersions() {
  const { t } = useTranslation()
  const language = useLanguage()
  const { data } = useRevenueTemplate()
  const versions = versionHistory(data.template, data.versions)
  return (
    <section className="portal-section" aria-labelledby="versions-heading">
      <h2 id="versions-heading" className="portal-subtitle">
        {t("portal.revenue.template.versionsHeading")}
      </h2>
      <table className="portal-table">
        <thead>
          <tr>
            <th scope="col">{t("portal.revenue.template.versionColumn")}</th>
            {TEMPLATE_SHARES.map((share) => (
              <th key={share} scope="col" className="portal-table__num">
                {t(`portal.revenue.template.${share}`)}
              </th>
            ))}
            <th scope="col">{t("portal.revenue.template.note")}</th>
            <th scope="col">{t("portal.revenue.template.recordedAt")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.version}>
              <td className="portal-table__main">
                {version.version}{" "}
                {version.version === data.template.version && (
                  <StatusBadge tone="good">{t("portal.revenue.template.inForce")}</StatusBadge>
                )}
              </td>
              {TEMPLATE_SHARES.map((share) => (
                <td key={share} className="portal-table__num" data-label={t(`portal.revenue.template.${share}`)}>
                  {formatBps(version[share], language, { fixed: true })}
                </td>
              ))}
              <td data-label={t("portal.revenue.template.note")}>{version.note || t("portal.common.none")}</td>
              <td data-label={t("portal.revenue.template.recordedAt")}>
                {version.recorded_at ? formatDate(version.recorded_at, language) : t("portal.revenue.template.default")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** Starts from the template in force; after saving, from the version just recorded. */
export function TemplateForm() {
  const { t } = useTranslation()
  const { data: { template } } = useRevenueTemplate()
  const language = useLanguage()
  const create = useCreateRevenueTemplate()
  const { values, set, errors, serverError, failed, notice, errorText, submit } = usePortalForm({
    initial: templateToForm(template, language),
    validate: validateTemplateForm,
    fields: TEMPLATE_FIELDS,
    savedMessage: t("portal.revenue.template.saved"),
    onSubmit: async (v) => {
      const saved = await create.mutateAsync(toTemplateBody(v))
      return templateToForm(saved, language)
    },
  })
  const total = templateTotalBps(values)
  const complete = total === FULL_BPS

  return (
    <form className="portal-card portal-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="template-form-heading">
      <h2 id="template-form-heading" className="portal-card__title">
        {t("portal.revenue.template.formHeading")}
      </h2>
      <p className="portal-muted">{t("portal.revenue.template.formLead")}</p>
      {serverError && <FormAlert title={t("portal.common.serverRejected")} message={serverError.message} />}
      {Object.keys(errors).length > 0 && <FormAlert message={t("portal.common.formHasErrors")} />}
      <div className="portal-grid-2">
        {TEMPLATE_SHARES.map((share) => (
          <Field
            key={share}
            id={`template-${share}`}
            label={`${t(`portal.revenue.template.${share}`)} (%)`}
            hint={t("portal.revenue.template.percentHint")}
            error={errorText(share)}
            required
          >
            {(aria) => (
              <input
                {...aria}
                inputMode="decimal"
                autoComplete="off"
                value={values[share]}
                onChange={(e) => set(share, e.target.value)}
              />
            )}
          </Field>
        ))}
      </div>
      <p className={`revenue-running${complete ? "" : " revenue-running--off"}`} aria-live="polite">
        {t("portal.revenue.template.running", { total: formatBps(total, language, { fixed: true }) })} —{" "}
        {complete ? t("portal.revenue.template.runningOk") : t("portal.revenue.template.runningOff")}
      </p>
      <Field
        id="template-note"
        label={t("portal.revenue.template.note")}
        hint={t("portal.revenue.template.noteHint")}
        error={errorText("note")}
      >
        {(aria) => <textarea {...aria} rows={2} value={values.note} onChange={(e) => set("note", e.target.value)} />}
      </Field>
      {failed && <FormAlert message={t("portal.common.saveFailed")} />}
      <div className="portal-actions portal-form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t("portal.common.saving") : t("portal.revenue.template.submit")}
        </button>
      </div>
      <FormNotice message={notice} />
    </form>
  )
}
